using System.Security.Claims;
using DiasporaMatch.Access;

namespace DiasporaMatch.Api;

public sealed class TokenServiceTests
{
    [Theory]
    [InlineData("expert", Role.Expert)]
    [InlineData("institution", Role.Institution)]
    [InlineData("staff", Role.Staff)]
    [InlineData("admin", Role.Admin)]
    public void CallerOf_RoleNameAsIssued_IsThatRole(string claim, Role role)
    {
        var caller = TokenService.CallerOf(Principal(claim));

        Assert.Equal(role, caller?.Role);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ADMIN")]
    [InlineData("Admin")]
    [InlineData("Staff")]
    [InlineData(" admin")]
    [InlineData("admin ")]
    [InlineData("admin,staff")]
    [InlineData("Expert, Admin")]
    [InlineData("")]
    [InlineData("root")]
    public void CallerOf_AnyOtherRoleText_IsNoCaller(string claim)
    {
        Assert.Null(TokenService.CallerOf(Principal(claim)));
    }

    [Theory]
    [InlineData(Role.Expert)]
    [InlineData(Role.Institution)]
    [InlineData(Role.Staff)]
    [InlineData(Role.Admin)]
    public void Issue_EveryRole_WritesTheNameCallerOfReads(Role role)
    {
        Assert.Equal(role, RoleNames.TryParse(RoleNames.Name(role), out var parsed) ? parsed : (Role)(-1));
    }

    private static ClaimsPrincipal Principal(string role) =>
        new(new ClaimsIdentity([new Claim("sub", "E-1"), new Claim(TokenService.RoleClaim, role), new Claim(TokenService.OrganisationClaim, "ORG-1")], "test"));
}

using System.Text;
using DiasporaMatch.Access;

namespace DiasporaMatch.Api;

public sealed class AppServicePrincipalTests
{
    private static string Header(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_InstitutionMember_BecomesCallerWithOrganisation()
    {
        var header = Header("""
            {"auth_typ":"aad","role_typ":"roles","name_typ":"name",
             "claims":[{"typ":"roles","val":"institution"},{"typ":"dmatch_subject","val":"U-17"},{"typ":"dmatch_org","val":"ORG-CHU"},{"typ":"name","val":"Amina"}]}
            """);

        var caller = TokenService.CallerOf(AppServicePrincipal.Parse(header));

        Assert.Equal(new Caller(Role.Institution, "U-17", "ORG-CHU"), caller);
    }

    [Fact]
    public void Parse_StaffWithObjectIdOnly_UsesTheObjectId()
    {
        var header = Header("""{"claims":[{"typ":"roles","val":"staff"},{"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"5b2c"}]}""");

        Assert.Equal(new Caller(Role.Staff, "5b2c"), TokenService.CallerOf(AppServicePrincipal.Parse(header)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !!")]
    [InlineData("bm90IGpzb24=")]
    public void Parse_MalformedHeader_IsNobody(string? header)
    {
        Assert.Null(AppServicePrincipal.Parse(header));
    }

    [Fact]
    public void Parse_UnknownRole_IsNobody()
    {
        var header = Header("""{"claims":[{"typ":"roles","val":"superuser"},{"typ":"dmatch_subject","val":"X-1"}]}""");

        Assert.Null(TokenService.CallerOf(AppServicePrincipal.Parse(header)));
    }
}

using System.ComponentModel.DataAnnotations;

namespace DiasporaMatch.Api;

public sealed class ApiOptionsTests
{
    [Theory]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-dmatch.vault.azure.net/secrets/dmatch-signing-key)", false)]
    [InlineData("a-random-signing-key-of-forty-characters!", true)]
    [InlineData("a-random-signing-key\nwith-a-newline-0123456789", true)]
    public void Validate_SigningKey_RefusesAnUnresolvedKeyVaultReference(string key, bool valid)
    {
        var options = new ApiOptions { SigningKey = key };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }
}

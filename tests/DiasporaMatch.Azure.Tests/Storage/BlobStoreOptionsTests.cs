using System.ComponentModel.DataAnnotations;

namespace DiasporaMatch.Azure.Storage;

public sealed class BlobStoreOptionsTests
{
    [Fact]
    public void ThrowIfInvalid_ConnectionStringOnly_Passes()
    {
        new BlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true" }.ThrowIfInvalid();
    }

    [Fact]
    public void ThrowIfInvalid_HttpsServiceUriOnly_Passes()
    {
        new BlobStoreOptions { ServiceUri = new Uri("https://dmatchdocs.blob.core.windows.net") }.ThrowIfInvalid();
    }

    [Fact]
    public void ThrowIfInvalid_BothOrNeither_NamesTheRule()
    {
        var both = new BlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true", ServiceUri = new Uri("https://a.blob.core.windows.net") };
        var neither = new BlobStoreOptions();

        Assert.Contains("exactly one", Assert.Throws<ValidationException>(both.ThrowIfInvalid).Message, StringComparison.Ordinal);
        Assert.Contains("exactly one", Assert.Throws<ValidationException>(neither.ThrowIfInvalid).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Documents")]
    [InlineData("ab")]
    [InlineData("a--b")]
    [InlineData("-docs")]
    [InlineData("docs_1")]
    public void ThrowIfInvalid_BadContainerName_IsRefused(string name)
    {
        var options = new BlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = name };

        Assert.Contains("ContainerName", Assert.Throws<ValidationException>(options.ThrowIfInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_PlainHttpToRemoteHost_IsRefused()
    {
        var options = new BlobStoreOptions { ServiceUri = new Uri("http://dmatchdocs.blob.core.windows.net") };

        Assert.Contains("https", Assert.Throws<ValidationException>(options.ThrowIfInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInvalid_SegmentSizeAboveAppendBlobLimit_IsRefused()
    {
        var options = new BlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true", ChangeSegmentSize = BlobStoreOptions.MaxSegmentSize + 1 };

        Assert.Throws<ValidationException>(options.ThrowIfInvalid);
    }
}

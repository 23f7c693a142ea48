using System.Text;
using Azure.Storage.Blobs;
using DiasporaMatch.Azure.Storage;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Functions.TestSupport;
using DiasporaMatch.Records;

namespace DiasporaMatch.Functions.Background;

/// <summary>
/// The blob import against Azurite: the file is read from <c>imports/</c>, imported into the Blob document
/// store, and the report is written where the function's output binding (read from functions.metadata) puts it.
/// The Functions host itself cannot run here, so the test plays the host's part: it opens the trigger blob and
/// uploads the function's return value to the bound path.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ImportFunctionBlobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ImportBlob_FileInImports_ImportsIntoBlobStoreAndWritesTheReportToImportReports()
    {
        var containerName = "t" + Guid.NewGuid().ToString("N");
        await using var instance = new BlobFunctionsInstance(azurite, containerName, "s" + Guid.NewGuid().ToString("N"));
        await instance.StartAsync();
        var service = new BlobServiceClient(azurite.ConnectionString);
        var name = $"profiles-{Guid.NewGuid():N}.jsonl";
        var sample = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sample", "profiles.jsonl")).Take(2);
        var imports = service.GetBlobContainerClient("imports");
        await imports.CreateIfNotExistsAsync();
        await imports.GetBlobClient(name).UploadAsync(BinaryData.FromString(string.Join('\n', [.. sample, "{\"id\":\"E-BAD\",\"fullName\":1}"]) + "\n"));
        var function = Assert.Single(FunctionsMetadata.Functions, f => f.Name == nameof(ImportFunction.ImportBlob));
        var reportPath = Assert.Single(function.Bindings, b => b.Direction == "Out").Get("blobPath")!.Replace("{name}", name, StringComparison.Ordinal);

        string report;
        await using (var blob = await imports.GetBlobClient(name).OpenReadAsync())
        {
            report = await new ImportFunction(instance.Api).ImportBlob(blob, name, CancellationToken.None);
        }

        var reports = service.GetBlobContainerClient(reportPath[..reportPath.IndexOf('/', StringComparison.Ordinal)]);
        await reports.CreateIfNotExistsAsync(); // infra creates it: blob output bindings never create containers
        await reports.GetBlobClient(reportPath[(reportPath.IndexOf('/', StringComparison.Ordinal) + 1)..]).UploadAsync(BinaryData.FromString(report));

        Assert.Equal($"import-reports/{name}.report.jsonl", reportPath);
        var written = (await reports.GetBlobClient($"{name}.report.jsonl").DownloadContentAsync()).Value.Content.ToString();
        var lines = written.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"line\":3", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"created\":2", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"rejected\":1", lines[1], StringComparison.Ordinal);
        var documents = new BlobContainerClient(azurite.ConnectionString, containerName);
        Assert.True(await documents.GetBlobClient("docs/profiles/E-000001").ExistsAsync());
        Assert.True(await documents.GetBlobClient("docs/profiles/E-000002").ExistsAsync());
        Assert.False(await documents.GetBlobClient("docs/profiles/E-BAD").ExistsAsync());
        Assert.IsType<BlobDocumentStore>(instance.Api.Store);
        Assert.Equal(2, instance.Api.Matches.Indexes.Profiles.Count); // the function indexes what it imported
        Assert.NotNull(await instance.Api.Store.GetAsync(RecordKind.Profiles, "E-000001"));
    }
}

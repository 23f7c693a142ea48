using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Azure.Notifications;
using DiasporaMatch.Azure.Storage;
using DiasporaMatch.Notifications;
using DiasporaMatch.Azure.TestSupport;

namespace DiasporaMatch.Azure.Infra;

/// <summary>Every Bicep file compiles without a warning, and the deployment has the pieces the design relies on.</summary>
public sealed class BicepTests
{
    private static readonly string InfraFolder = Path.Combine(RepoPaths.Root, "infra");

    // One compile of main.bicep (seconds each) serves every test that reads the template.
    private static readonly Lazy<Task<JsonNode>> MainTemplate = new(BuildMainAsync);

    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(InfraFolder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(InfraFolder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Build_EveryFile_CompilesWithoutWarnings(string relativePath)
    {
        var (exitCode, stdout, stderr) = await BicepCli.BuildAsync(Path.Combine(InfraFolder, relativePath));

        Assert.True(exitCode == 0, $"bicep build {relativePath} exited {exitCode}: {stderr}");
        Assert.True(string.IsNullOrWhiteSpace(stderr), $"bicep build {relativePath} reported: {stderr}");
        Assert.NotNull(JsonNode.Parse(stdout)?["resources"]);
    }

    [Fact]
    public async Task Build_Main_DeclaresTheDeployment()
    {
        var template = await MainTemplate.Value;
        var types = ResourceTypes(template).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Superset(
            new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "Microsoft.Web/sites",
                "Microsoft.Web/serverfarms",
                "Microsoft.Storage/storageAccounts",
                "Microsoft.Storage/storageAccounts/blobServices/containers",
                "Microsoft.Storage/storageAccounts/queueServices/queues",
                "Microsoft.Insights/components",
                "Microsoft.OperationalInsights/workspaces",
                "Microsoft.KeyVault/vaults",
                "Microsoft.ManagedIdentity/userAssignedIdentities",
                "Microsoft.Authorization/roleAssignments",
            },
            types);
    }

    [Fact]
    public async Task Build_Main_IsFlexConsumptionWithIdentityOnlyAccess()
    {
        var template = await MainTemplate.Value;
        var text = template.ToJsonString();
        var plan = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Web/serverfarms");
        var site = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Web/sites");

        Assert.Equal("FC1", (string?)plan["sku"]?["name"]);
        Assert.NotNull(site["properties"]?["functionAppConfig"]?["deployment"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);
        // The one listKeys is the app's own blobs_extension host key for the Event Grid webhook; never a storage key.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "listKeys", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Contains("{0}/host/default", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        // Storage Blob Data Owner, Storage Queue Data Contributor, Key Vault Secrets User.
        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", text, StringComparison.Ordinal);
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", text, StringComparison.Ordinal);
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Main_RoutesImportsBlobEventsToTheImportFunction()
    {
        var template = await MainTemplate.Value;
        var topic = Resources(template).Single(r => (string?)r["type"] == "Microsoft.EventGrid/systemTopics");
        var subscription = Resources(template).Single(r => (string?)r["type"] == "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var filter = subscription["properties"]!["filter"]!;
        var endpoint = (string?)subscription["properties"]!["destination"]!["properties"]!["endpointUrl"];

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]?["topicType"]);
        Assert.Equal("WebHook", (string?)subscription["properties"]!["destination"]!["endpointType"]);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.ImportBlob&code=", endpoint, StringComparison.Ordinal);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Contains("/blobServices/default/containers/{0}/", (string?)filter["subjectBeginsWith"], StringComparison.Ordinal);
        Assert.Equal("[parameters('subscribeImports')]", (string?)subscription["condition"]); // the second deployment, once the app is published
    }

    [Fact]
    public async Task Build_Main_ConfiguresStorageByIdentityAndTheBlobStoreOptions()
    {
        var template = await MainTemplate.Value;
        var site = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => s!["value"]!.GetValue<string>(), StringComparer.Ordinal);
        var variables = template["variables"]!.ToJsonString();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("managedidentity", settings["Storage__credential"]);
        Assert.Contains("outputs.blobEndpoint", settings["Storage__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("outputs.queueEndpoint", settings["Storage__queueServiceUri"], StringComparison.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__clientId", "Storage__clientId",
                $"{BlobStoreOptions.SectionName}__{nameof(BlobStoreOptions.ServiceUri)}",
                $"{BlobStoreOptions.SectionName}__{nameof(BlobStoreOptions.ContainerName)}",
                $"{BlobStoreOptions.SectionName}__{nameof(BlobStoreOptions.SnapshotContainerName)}",
                $"{BlobStoreOptions.SectionName}__{nameof(BlobStoreOptions.ManagedIdentityClientId)}",
                "DiasporaMatch__DataFolder", "DiasporaMatch__SigningKey",
            },
            settings.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain($"{BlobStoreOptions.SectionName}__{nameof(BlobStoreOptions.ConnectionString)}", settings.Keys);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri=", settings["DiasporaMatch__SigningKey"], StringComparison.Ordinal);
        foreach (var container in (string[])["imports", "import-reports", "snapshots", "documents"])
        {
            Assert.Contains($"\"{container}\"", variables, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Build_Main_DeclaresTheNotificationQueueAndMailSettings()
    {
        var template = await MainTemplate.Value;
        var site = Resources(template).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => s!["value"]!.GetValue<string>(), StringComparer.Ordinal);

        Assert.Contains("\"notifications\"", template["variables"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("managedidentity", settings[$"{NotificationQueue.Connection}__credential"]);
        Assert.Contains("outputs.queueEndpoint", settings[$"{NotificationQueue.Connection}__queueServiceUri"], StringComparison.Ordinal);
        foreach (var option in (string[])[nameof(NotificationMailOptions.Host), nameof(NotificationMailOptions.Port), nameof(NotificationMailOptions.StartTls),
                     nameof(NotificationMailOptions.Sender), nameof(NotificationMailOptions.StaffAddress), nameof(NotificationMailOptions.UserName)])
        {
            Assert.Contains($"parameters('mail{option}')", settings[$"{NotificationMailOptions.Section}__{option}"], StringComparison.Ordinal);
        }

        // The password never sits in a setting or a parameter: a Key Vault reference, and only with a user name.
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings[$"{NotificationMailOptions.Section}__Password"], StringComparison.Ordinal);
        Assert.Contains("empty(parameters('mailUserName'))", settings[$"{NotificationMailOptions.Section}__Password"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParametersFile_NamesOnlyDeclaredParameters()
    {
        var template = await MainTemplate.Value;
        var declared = template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var given = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(InfraFolder, "main.parameters.json")))!["parameters"]!.AsObject().Select(p => p.Key);

        Assert.Subset(declared, given.ToHashSet(StringComparer.Ordinal));
    }

    private static async Task<JsonNode> BuildMainAsync()
    {
        var (exitCode, stdout, stderr) = await BicepCli.BuildAsync(Path.Combine(InfraFolder, "main.bicep"));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"bicep build main.bicep exited {exitCode}: {stderr}");
        }

        return JsonNode.Parse(stdout, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
    }

    /// <summary>Resources at every level, including those inside module deployments' nested templates.</summary>
    private static IEnumerable<JsonNode> Resources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonNode>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonNode>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> ResourceTypes(JsonNode template) =>
        Resources(template).Select(r => (string?)r["type"]).OfType<string>();
}

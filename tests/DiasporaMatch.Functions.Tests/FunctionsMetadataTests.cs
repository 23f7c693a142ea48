using DiasporaMatch.Api;

namespace DiasporaMatch.Functions;

public class FunctionsMetadataTests
{
    private static FunctionDefinition Function(string name) => Assert.Single(FunctionsMetadata.Functions, f => f.Name == name);

    [Fact]
    public void Every_function_is_listed_once_the_api_plus_the_six_background_functions()
    {
        var names = FunctionsMetadata.Functions.Select(f => f.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(7, names.Count);
    }

    [Fact]
    public void The_api_is_one_anonymous_http_trigger_on_every_path_with_every_method_of_the_route_table()
    {
        var function = Function("Api");
        var trigger = function.Trigger;
        Assert.Equal("httpTrigger", trigger.Type);
        Assert.Equal("In", trigger.Direction);
        Assert.Equal("Anonymous", trigger.Get("authLevel"));
        Assert.Equal("{*path}", trigger.Get("route"));
        Assert.Equal(ApiRouteTable.Routes.Select(r => r.Method.ToLowerInvariant()).Distinct().Order(), trigger.Methods.Order());
        var output = Assert.Single(function.Bindings, b => b.Direction == "Out");
        Assert.Equal(("$return", "http"), (output.Name, output.Type));
        Assert.Equal("DiasporaMatch.Functions.Http.ApiFunction.RunAsync", function.EntryPoint);
    }

    [Fact]
    public void The_blob_import_is_triggered_by_imports_and_writes_its_report_blob()
    {
        var function = Function("ImportBlob");
        Assert.Equal("blobTrigger", function.Trigger.Type);
        Assert.Equal("imports/{name}", function.Trigger.Get("path"));
        Assert.Equal("Storage", function.Trigger.Get("connection"));
        Assert.Equal("EventGrid", function.Trigger.Get("source")); // Flex Consumption: Event Grid-sourced blob triggers only
        var report = Assert.Single(function.Bindings, b => b.Direction == "Out");
        Assert.Equal("blob", report.Type);
        Assert.Equal("import-reports/{name}.report.jsonl", report.Get("blobPath"));
        Assert.Equal("Storage", report.Get("connection"));
    }

    [Fact]
    public void Index_updates_come_from_the_index_updates_queue()
    {
        var function = Function("ApplyIndexUpdates");
        Assert.Equal("queueTrigger", function.Trigger.Type);
        Assert.Equal("index-updates", function.Trigger.Get("queueName"));
        Assert.Equal("IndexQueue", function.Trigger.Get("connection"));
        Assert.Single(function.Bindings);
    }

    [Fact]
    public void Retraining_runs_nightly_at_two()
    {
        var function = Function("NightlyRetrain");
        Assert.Equal("timerTrigger", function.Trigger.Type);
        Assert.Equal("0 0 2 * * *", function.Trigger.Get("schedule"));
        Assert.Single(function.Bindings);
    }

    [Fact]
    public void Index_snapshots_are_published_every_fifteen_minutes()
    {
        var function = Function("PublishIndexSnapshot");
        Assert.Equal("timerTrigger", function.Trigger.Type);
        Assert.Equal("0 */15 * * * *", function.Trigger.Get("schedule"));
        Assert.Single(function.Bindings);
    }

    [Fact]
    public void Notifications_are_queued_every_minute_and_delivered_from_the_notifications_queue()
    {
        var schedule = Function("QueueNotifications");
        var delivery = Function("DeliverNotification");
        Assert.Equal(("timerTrigger", "0 * * * * *"), (schedule.Trigger.Type, schedule.Trigger.Get("schedule")));
        Assert.Equal("queueTrigger", delivery.Trigger.Type);
        Assert.Equal("notifications", delivery.Trigger.Get("queueName"));
        Assert.Equal("NotificationQueue", delivery.Trigger.Get("connection"));
        Assert.Single(delivery.Bindings);
    }
}

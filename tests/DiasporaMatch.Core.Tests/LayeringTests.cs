using DiasporaMatch.Hosting;
using DiasporaMatch.TestSupport;
using Xunit.Abstractions;

namespace DiasporaMatch;

/// <summary>
/// The domain's feature folders form layers without cycles, and it stands without the web stack or Azure:
/// a dependency that points up or closes a loop fails here with the types that make it.
/// </summary>
public sealed class LayeringTests(ITestOutputHelper output)
{
    private static readonly FolderGraph Graph = FolderGraph.Of(typeof(Workspace).Assembly.Location, "DiasporaMatch");

    [Fact]
    public void Folders_HaveNoCycle()
    {
        var cycles = Graph.Cycles();

        foreach (var cycle in cycles)
        {
            foreach (var from in cycle)
            {
                foreach (var (to, pairs) in Graph.Uses(from).Where(u => cycle.Contains(u.Key)))
                {
                    output.WriteLine($"{from} → {to}: {string.Join("; ", pairs.Take(5))}");
                }
            }
        }

        Assert.Empty(cycles.Select(c => string.Join(" ⇄ ", c)));
    }

    [Fact]
    public void Folders_DependOnlyDownwards()
    {
        var upwards = (
            from folder in Graph.Folders
            from use in Graph.Uses(folder)
            where Layers.RankOf(folder) < Layers.RankOf(use.Key)
            select $"{folder} (layer {Layers.RankOf(folder)}) → {use.Key} (layer {Layers.RankOf(use.Key)}): {string.Join("; ", use.Value.Take(3))}").ToList();

        Assert.Empty(upwards);
    }

    [Fact]
    public void Folders_AreAllPlacedInALayer()
    {
        Assert.All(Graph.Folders, folder => Assert.True(Layers.Contains(folder), $"{folder} is in no layer"));
    }

    [Fact]
    public void Domain_ReferencesNeitherAspNetNorAzure()
    {
        var references = typeof(Workspace).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("Azure", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Azure", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal));
    }
}

using DiasporaMatch.Taxonomy;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Cv;

public sealed class SkillSuggesterTests : IDisposable
{
    private readonly ConceptResolver _resolver = new(SampleTaxonomy.Build());

    public void Dispose() => _resolver.Dispose();

    [Fact]
    public void Suggest_CvListingSkills_FindsTheirConceptsOnceEach()
    {
        const string text = "Nadia El Amrani\nAmsterdam\nSkills: neonatal care; former du personnel\n• Neonatal care\nHobbies: cycling";

        var skills = new SkillSuggester(_resolver).Suggest(text, "en");

        Assert.Equal(new[] { SampleTaxonomy.NeonatalCare, SampleTaxonomy.Training }, skills.Select(s => s.Uri).Order(StringComparer.Ordinal));
        var training = skills.Single(s => s.Uri == SampleTaxonomy.Training);
        Assert.Equal(("train staff", "former du personnel"), (training.Label, training.Matched));
        Assert.All(skills, s => Assert.InRange(s.Score, SkillSuggester.MinScore, 1));
    }

    [Fact]
    public void Suggest_LabelLanguage_FollowsTheAskedLanguage()
    {
        var skill = Assert.Single(new SkillSuggester(_resolver).Suggest("train staff", "fr"));
        Assert.Equal("former du personnel", skill.Label);
    }

    [Fact]
    public void Suggest_SentenceWithASkillInside_FindsItThroughWordWindows()
    {
        var skills = new SkillSuggester(_resolver).Suggest("For twelve years I worked in neonatal care at a large university hospital in Utrecht");
        Assert.Contains(skills, s => s.Uri == SampleTaxonomy.NeonatalCare);
    }

    [Fact]
    public void Suggest_TextWithoutSkills_SuggestsNothing()
    {
        Assert.Empty(new SkillSuggester(_resolver).Suggest("Curriculum vitae\nNadia El Amrani\n+31 6 1234 5678"));
    }

    [Fact]
    public void Phrases_ListPunctuation_SplitsButKeepsDottedNames()
    {
        var phrases = SkillSuggester.Phrases("ASP.NET, C#; SQL Server\n- Team lead. Agile coaching").ToArray();
        Assert.Equal(new[] { "ASP.NET", "C#", "SQL Server", "Team lead", "Agile coaching" }, phrases);
    }

    [Fact]
    public void Phrases_HugeText_IsBoundedByTheCaller()
    {
        var text = string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"word{i}"));
        Assert.True(SkillSuggester.Phrases(text).Take(SkillSuggester.MaxPhrases).Count() == SkillSuggester.MaxPhrases);
    }
}

using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

[Collection(EscoCollection.Name)]
public sealed class EscoImporterTests(EscoFixture esco)
{
    private const string GeneralCareNurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    private const string SkillHeader = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status\n";

    [Fact]
    public void Import_EscoSample_CountsWhatTheFilesHold()
    {
        var report = esco.Import.Report;
        // skills_en.csv holds 13,896 released skills; skills_fr_v1.0.csv adds 106 (v1.0) skills absent from it.
        Assert.Equal(14_002, report.ConceptsByKind[ConceptKind.Skill]);
        Assert.Equal(13_896, esco.Taxonomy.Concepts.Count(c => c.Kind == ConceptKind.Skill && c.PreferredLabels.ContainsKey("en")));
        Assert.Equal(3_007, report.ConceptsByKind[ConceptKind.Occupation]);
        Assert.Equal(619, report.ConceptsByKind[ConceptKind.IscoGroup]);
        Assert.Equal(640, report.ConceptsByKind[ConceptKind.SkillGroup]);
        Assert.Equal(["en", "fr", "nl"], report.Languages);
        Assert.Contains(report.Warnings, w => w.StartsWith("fr/skills_fr_v1.0.csv: 106 row(s) created a Skill", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EscoSample_ReadsRelationsAndSkipsDanglingOnes()
    {
        var report = esco.Import.Report;
        // 123,855 rows name 67 relations of an occupation (a9e54177…) that no occupations file defines.
        Assert.Equal(123_788, report.SkillLinks);
        Assert.Equal(24_265, report.BroaderLinks);
        Assert.Equal(report.SkillLinks, esco.Taxonomy.SkillLinks.Count);
        Assert.Contains(report.Warnings, w => w.StartsWith("relations/occupationSkillRelations.csv: 67 row(s) skipped", StringComparison.Ordinal));
        Assert.Contains("relations/skillSkillRelations.csv", report.FilesIgnored);
    }

    [Fact]
    public void Import_EscoSample_OccupationHasLabelsHierarchyAndSkills()
    {
        var nurse = esco.Taxonomy.Find(GeneralCareNurse)!;
        Assert.Equal("nurse responsible for general care", nurse.PreferredLabels["en"]);
        Assert.Contains("infirmier en soins généraux", nurse.AltLabels["fr"]);
        Assert.Equal("2221", nurse.IscoCode);
        var isco = esco.Taxonomy.Find(Assert.Single(nurse.Broader))!;
        Assert.Equal(ConceptKind.IscoGroup, isco.Kind);
        Assert.Equal("2221", isco.IscoCode);
        Assert.NotEmpty(esco.Taxonomy.SkillsOf(GeneralCareNurse, SkillRelationType.Essential));
        Assert.NotEmpty(esco.Taxonomy.SkillsOf(GeneralCareNurse, SkillRelationType.Optional));
    }

    [Fact]
    public void Import_EscoSample_HiddenLabelsAreAlternatives()
    {
        // "omnipraticien" is only a hiddenLabel of general practitioner in occupations_fr.csv.
        var gp = esco.Taxonomy.Find("http://data.europa.eu/esco/occupation/71f09c8b-a172-408c-b9e7-32e580e39ff6")!;
        Assert.Contains("omnipraticien", gp.AltLabels["fr"]);
    }

    [Fact]
    public void Import_SmallLayout_LabelsVersionedFilesSectorsAndStatus()
    {
        using var dir = new TempFolder();
        dir.Write("en/skills_en.csv", SkillHeader
            + "KnowledgeSkillCompetence,urn:s:1,skill/competence,transversal,train staff,\"coach staff\ninstruct staff\",trian staff,released\n"
            + "KnowledgeSkillCompetence,urn:s:2,skill/competence,transversal,old skill,,,obsolete\n");
        dir.Write("fr/skills_fr_v1.0.csv", "conceptUri,preferredLabel,altLabels\nurn:s:1,former du personnel,former le personnel | instruire\nurn:s:3,compétence seulement française,\n");
        dir.Write("occupations_fr.csv", "conceptUri,iscoGroup,preferredLabel\nurn:o:1,2221,infirmier/infirmière\n");
        dir.Write("relations/occupationSkillRelations.csv", "occupationUri,relationType,skillUri\nurn:o:1,essential,urn:s:1\nurn:o:1,optional,urn:s:2\n");
        dir.Write("sectors.csv", "conceptUri,sector\nurn:o:1,health\n");

        var (taxonomy, report) = EscoImporter.Import(dir.Path);

        var skill = taxonomy.Find("urn:s:1")!;
        Assert.Equal(["coach staff", "instruct staff", "trian staff"], skill.AltLabels["en"]);
        Assert.Equal(["former le personnel", "instruire"], skill.AltLabels["fr"]);
        Assert.Null(taxonomy.Find("urn:s:2"));
        Assert.Equal("compétence seulement française", taxonomy.Find("urn:s:3")!.PreferredLabels["fr"]);
        var nurse = taxonomy.Find("urn:o:1")!;
        Assert.Equal(["health"], nurse.Sectors);
        Assert.Equal("2221", nurse.IscoCode);
        Assert.Single(taxonomy.SkillLinks);
        Assert.Equal(2, report.ConceptsByKind[ConceptKind.Skill]);
        Assert.Contains(report.Warnings, w => w.Contains("status is 'obsolete'", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("the skill is not in any skills file", StringComparison.Ordinal));
        Assert.Equal(5, report.FilesRead.Count);
    }

    [Fact]
    public void Import_MissingRequiredColumn_NamesFileLineAndColumn()
    {
        using var dir = new TempFolder();
        dir.Write("skills_en.csv", "conceptUri,altLabels\nurn:s:1,x\n");
        var error = Assert.Throws<TaxonomyImportException>(() => EscoImporter.Import(dir.Path));
        Assert.Equal("skills_en.csv", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("preferredLabel", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnclosedQuote_NamesLineWhereRecordStarts()
    {
        using var dir = new TempFolder();
        dir.Write("skills_en.csv", SkillHeader + "K,urn:s:1,s,t,ok,,,released\nK,urn:s:2,s,t,\"broken,,,released\n");
        var error = Assert.Throws<TaxonomyImportException>(() => EscoImporter.Import(dir.Path));
        Assert.Equal(3, error.Line);
        Assert.Contains("quoted field", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RowWithWrongFieldCount_FailsWholeImport()
    {
        using var dir = new TempFolder();
        dir.Write("skills_en.csv", SkillHeader + "K,urn:s:1,s,t,ok,,,released\nK,urn:s:2,s,t,short\n");
        var error = Assert.Throws<TaxonomyImportException>(() => EscoImporter.Import(dir.Path));
        Assert.Equal(3, error.Line);
        Assert.Contains("5 fields but the header has 8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownRelationType_IsAnError()
    {
        using var dir = new TempFolder();
        dir.Write("skills_en.csv", "conceptUri,preferredLabel\nurn:s:1,a skill\n");
        dir.Write("occupations_en.csv", "conceptUri,preferredLabel\nurn:o:1,a job\n");
        dir.Write("occupationSkillRelations.csv", "occupationUri,relationType,skillUri\nurn:o:1,crucial,urn:s:1\n");
        var error = Assert.Throws<TaxonomyImportException>(() => EscoImporter.Import(dir.Path));
        Assert.Equal("occupationSkillRelations.csv", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Import_NoLabelFiles_IsAnError()
    {
        using var dir = new TempFolder();
        dir.Write("notes.csv", "a,b\n1,2\n");
        Assert.Throws<TaxonomyImportException>(() => EscoImporter.Import(dir.Path));
    }
}

using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.TestSupport;

/// <summary>A small hand-made taxonomy: a skill hierarchy, two occupations (one gendered German title) and their skills.</summary>
public static class SampleTaxonomy
{
    public const string Care = "urn:test:skill:care";
    public const string NeonatalCare = "urn:test:skill:neonatal-care";
    public const string NicuCare = "urn:test:skill:nicu-care";
    public const string Training = "urn:test:skill:training";
    public const string Nurse = "urn:test:occupation:nurse";
    public const string Engineer = "urn:test:occupation:engineer";

    public static TaxonomyBuilder Builder()
    {
        var builder = new TaxonomyBuilder();
        builder.AddConcept(Care, ConceptKind.Skill);
        builder.SetPreferredLabel(Care, "en", "provide care");
        builder.AddConcept(NeonatalCare, ConceptKind.Skill);
        builder.SetPreferredLabel(NeonatalCare, "en", "neonatal care");
        builder.SetPreferredLabel(NeonatalCare, "fr", "soins néonatals");
        builder.AddAltLabel(NeonatalCare, "en", "care of newborns");
        builder.AddConcept(NicuCare, ConceptKind.Skill);
        builder.SetPreferredLabel(NicuCare, "en", "neonatal intensive care");
        builder.AddConcept(Training, ConceptKind.Skill);
        builder.SetPreferredLabel(Training, "en", "train staff");
        builder.SetPreferredLabel(Training, "fr", "former du personnel");
        builder.AddBroader(NeonatalCare, Care);
        builder.AddBroader(NicuCare, NeonatalCare);
        builder.AddConcept(Nurse, ConceptKind.Occupation);
        builder.SetPreferredLabel(Nurse, "fr", "infirmier/infirmière");
        builder.SetIscoCode(Nurse, "2221");
        builder.AddSector(Nurse, "health");
        builder.AddConcept(Engineer, ConceptKind.Occupation);
        builder.SetPreferredLabel(Engineer, "de", "Ingenieur/Ingenieurin");
        builder.SetPreferredLabel(Engineer, "en", "engineer");
        builder.AddSkillLink(Nurse, NeonatalCare, SkillRelationType.Essential);
        builder.AddSkillLink(Nurse, Training, SkillRelationType.Optional);
        return builder;
    }

    public static DiasporaMatch.Taxonomy.Taxonomy Build() => Builder().Build();
}

using Mono.Cecil;
using Mono.Cecil.Cil;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// Which feature folder of an assembly uses which, read from its IL (signatures, bodies, attributes), so a
/// dependency that a <c>using</c> hides behind a fully qualified name still counts. A folder is the namespace's
/// second segment: <c>DiasporaMatch.Ranking.Learning</c> belongs to <c>Ranking</c>.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    private FolderGraph(string rootNamespace) => RootNamespace = rootNamespace;

    public string RootNamespace { get; }

    public IEnumerable<string> Folders => _edges.Keys;

    /// <summary>The folders <paramref name="folder"/> uses, each with the "Type → Type" pairs that make the edge.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Uses(string folder) =>
        _edges.TryGetValue(folder, out var uses) ? uses : new Dictionary<string, SortedSet<string>>();

    public static FolderGraph Of(string assemblyPath, string rootNamespace)
    {
        var graph = new FolderGraph(rootNamespace);
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            if (graph.FolderOf(type) is not { } from)
            {
                continue;
            }

            graph._edges.TryAdd(from, new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal));
            foreach (var used in UsedTypes(type))
            {
                if (graph.FolderOf(used) is { } to && to != from)
                {
                    var pairs = graph._edges[from].TryGetValue(to, out var found) ? found : graph._edges[from][to] = [];
                    pairs.Add($"{Outermost(type).FullName} → {Outermost(used).FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>Groups of folders that reach each other (strongly connected components with more than one folder).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = 0;
        var stack = new Stack<string>();
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            indices[folder] = lowLinks[folder] = index++;
            stack.Push(folder);
            foreach (var next in Uses(folder).Keys)
            {
                if (!indices.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    lowLinks[folder] = Math.Min(lowLinks[folder], lowLinks[next]);
                }
                else if (stack.Contains(next))
                {
                    lowLinks[folder] = Math.Min(lowLinks[folder], nextIndex);
                }
            }

            if (lowLinks[folder] == indices[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != folder);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var folder in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!indices.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return cycles;
    }

    private string? FolderOf(TypeReference type)
    {
        var outer = Outermost(type);
        var prefix = RootNamespace + ".";
        if (!outer.Namespace.StartsWith(prefix, StringComparison.Ordinal) || outer.Scope.Name.StartsWith("System", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = outer.Namespace[prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        type = type.GetElementType();
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            foreach (var t in Expand(type.BaseType))
            {
                yield return t;
            }
        }

        foreach (var t in type.Interfaces.SelectMany(i => Expand(i.InterfaceType)))
        {
            yield return t;
        }

        foreach (var t in type.CustomAttributes.SelectMany(a => Expand(a.AttributeType)))
        {
            yield return t;
        }

        foreach (var t in type.Fields.SelectMany(f => Expand(f.FieldType)))
        {
            yield return t;
        }

        foreach (var t in type.Properties.SelectMany(p => Expand(p.PropertyType)))
        {
            yield return t;
        }

        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType))))
            {
                yield return t;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType)))
            {
                yield return t;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                foreach (var t in OperandTypes(instruction))
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction) => instruction.Operand switch
    {
        TypeReference t => Expand(t),
        MethodReference m => Expand(m.DeclaringType).Concat(Expand(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Expand(p.ParameterType)))
            .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
        FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
        _ => [],
    };

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        if (type is GenericInstanceType generic)
        {
            return [generic.ElementType, .. generic.GenericArguments.SelectMany(Expand)];
        }

        return type is TypeSpecification specification ? Expand(specification.ElementType) : [type];
    }
}

using System.Text;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using Microsoft.Data.Sqlite;

namespace DiasporaMatch.Bench;

/// <summary>
/// The peer: the same profile text in an SQLite FTS5 table (in memory), a need's words OR-ed and ordered by
/// FTS5's bm25(). Text retrieval only: no concepts, filters or feature ranking, so it bounds what a plain
/// full-text engine costs for the same question.
/// </summary>
internal sealed class SqlitePeer : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqlitePeer()
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE profiles USING fts5(id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')");
    }

    public void Load(IEnumerable<ExpertProfile> profiles)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO profiles(id, body) VALUES ($id, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var p in profiles)
        {
            id.Value = p.Id;
            body.Value = string.Join(" \n ", [p.Occupation, p.Headline, p.Summary, .. p.Skills]);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Top <paramref name="limit"/> ids by bm25 for the need's words (each quoted, so no FTS syntax).</summary>
    public int Query(Need need, int limit)
    {
        var words = string.Join(' ', [need.Title, need.Occupation, .. need.RequiredSkills, .. need.OptionalSkills, need.Description])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Distinct()
            .Take(48)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM profiles WHERE profiles MATCH $q ORDER BY bm25(profiles) LIMIT $limit";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", words));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var count = 0;
        var sink = new StringBuilder();
        while (reader.Read())
        {
            sink.Clear().Append(reader.GetString(0));
            count++;
        }

        return count;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

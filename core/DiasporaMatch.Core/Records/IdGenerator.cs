namespace DiasporaMatch.Records;

/// <summary>Service-assigned ids: kind prefix, time (so ids sort roughly by creation) and a random tail.</summary>
public sealed class IdGenerator(TimeProvider time, Random random)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly Lock _gate = new();

    public string Next(string kind)
    {
        var ticks = time.GetUtcNow().ToUnixTimeMilliseconds();
        Span<char> tail = stackalloc char[6];
        lock (_gate)
        {
            for (var i = 0; i < tail.Length; i++)
            {
                tail[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        }

        return $"{RecordKind.IdPrefix(kind)}-{Encode(ticks)}{tail}";
    }

    private static string Encode(long value)
    {
        Span<char> buffer = stackalloc char[13];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Alphabet[(int)(value % 32)];
            value /= 32;
        }
        while (value > 0);
        return new string(buffer[i..]);
    }
}

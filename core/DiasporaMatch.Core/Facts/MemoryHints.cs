using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace DiasporaMatch.Facts;

/// <summary>
/// Prefetch hints for loops over a thousand candidates scattered across a large heap: asking for the memory a
/// few candidates ahead lets its cache misses overlap the current candidate's work instead of following it.
/// A hint never faults and never changes a result; an address made stale by a moving collection only wastes it.
/// </summary>
public static unsafe class MemoryHints
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(object? target)
    {
        if (Sse.IsSupported && target is not null)
        {
            Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref target));
        }
    }

    /// <summary>Asks for the cache line holding <paramref name="array"/>[<paramref name="index"/>] (bounds unchecked: a hint only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(int[]? array, int index = 0)
    {
        if (Sse.IsSupported && array is not null)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
        }
    }
}

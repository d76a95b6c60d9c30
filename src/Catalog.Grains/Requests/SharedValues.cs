using System.Collections.Concurrent;

namespace Catalog.Grains.Requests;

/// <summary>
/// One instance of each equal value for the whole silo: department, service, agreement and person ids, step names,
/// service names, clock targets and policies are the same in thousands of requests, and each request's state, as the
/// storage serializer reads it, holds its own copies. <see cref="RequestStateSharing"/> swaps those copies for the
/// shared ones, so a silo with 100,000 active requests keeps each such value once. Only immutable values are
/// shared (strings, <c>[Immutable]</c> records, arrays nobody writes into). Bounded: past <see cref="Capacity"/>
/// values it starts again (values already handed out stay valid; only the sharing of new copies restarts).
/// </summary>
internal static class SharedValues
{
    /// <summary>How many distinct values of each kind are remembered before the pool starts again.</summary>
    public const int Capacity = 65_536;

    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<object, object> Records = new();

    /// <summary>The silo's instance of this string (null stays null).</summary>
    public static string? Share(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (Strings.Count >= Capacity)
        {
            Strings.Clear();
        }

        return Strings.GetOrAdd(value, value);
    }

    /// <summary>The silo's instance of this string (never null).</summary>
    public static string ShareId(string value) => Share(value)!;

    /// <summary>The silo's instance of a record equal by value to <paramref name="value"/>.</summary>
    public static T ShareRecord<T>(T value)
        where T : class
    {
        if (Records.TryGetValue(value, out var shared))
        {
            return (T)shared;
        }

        if (Records.Count >= Capacity)
        {
            Records.Clear();
        }

        return (T)Records.GetOrAdd(value, value);
    }

    /// <summary>
    /// The silo's instance of an array equal item by item to <paramref name="items"/> (items compared by value). The
    /// array is shared: callers replace it, never write into it.
    /// </summary>
    public static T[] ShareArray<T>(T[] items)
        where T : class
    {
        if (items.Length == 0)
        {
            return [];
        }

        return ShareRecord(new ArrayKey<T>(items)).Items;
    }

    // An array compared by its items, so equal arrays share one instance.
    private sealed class ArrayKey<T>(T[] items) : IEquatable<ArrayKey<T>>
        where T : class
    {
        public T[] Items { get; } = items;

        public bool Equals(ArrayKey<T>? other) => other is not null && Items.AsSpan().SequenceEqual(other.Items);

        public override bool Equals(object? obj) => Equals(obj as ArrayKey<T>);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var item in Items)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }
    }
}

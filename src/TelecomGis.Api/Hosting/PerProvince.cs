using System.Collections.Concurrent;

namespace TelecomGis.Api.Hosting;

/// <summary>
/// One instance of a service per hosted province (issue 12, item 5), made on first use and kept: a province's register engines and
/// conformity caches are its own, so one province's appraisals neither wait for nor read another's. Thread-safe.
/// </summary>
public sealed class PerProvince<T>(Func<string, T> make)
    where T : class
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _made = new(StringComparer.Ordinal);

    public T For(string provinceCode) => _made.GetOrAdd(provinceCode, code => new Lazy<T>(() => make(code))).Value;
}

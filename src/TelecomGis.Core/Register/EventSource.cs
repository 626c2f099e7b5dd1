namespace TelecomGis.Core.Register;

/// <summary>Where a register event comes from: the desk's decision, a carrier's declaration, an inspection, or an import.</summary>
public enum EventSource
{
    Decision,
    Declaration,
    Inspection,
    Import,
}

public static class EventSources
{
    public static string Code(this EventSource source) => source.ToString().ToLowerInvariant();

    public static EventSource? Parse(string? code) =>
        Enum.GetValues<EventSource>().Cast<EventSource?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static string Vi(this EventSource source) =>
        source switch
        {
            EventSource.Decision => "quyết định thẩm định",
            EventSource.Declaration => "báo cáo của doanh nghiệp",
            EventSource.Inspection => "kiểm tra",
            _ => "nhập dữ liệu",
        };
}

namespace TelecomGis.Api.Problems;

/// <summary>
/// A request a handler refuses for a reason other than its fields: what it names does not exist (404), or is not in a state that
/// allows the request (409). Handlers throw it; <see cref="ProblemExceptionHandler"/> writes it as RFC 9457 problem details with
/// this status, title and detail, as <c>Results.Problem</c> would. Invalid fields are a <see cref="RequestValidationException"/>.
/// </summary>
/// <param name="title">What went wrong, in English (the API's titles are English).</param>
/// <param name="detail">More, where there is more to say (the reply letter says it in Vietnamese to the carrier).</param>
public abstract class ProblemException(int status, string title, string? detail) : Exception(title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
}

/// <summary>No such thing, or none the caller may see: both answer 404, so ids cannot be probed.</summary>
public sealed class NotFoundException(string title, string? detail = null) : ProblemException(StatusCodes.Status404NotFound, title, detail);

/// <summary>The thing exists but its state refuses the request (a letter before the decision, the result of a running job).</summary>
public sealed class ConflictException(string title, string? detail = null) : ProblemException(StatusCodes.Status409Conflict, title, detail);

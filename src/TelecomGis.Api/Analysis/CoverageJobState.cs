namespace TelecomGis.Api.Analysis;

/// <summary>
/// The states of a coverage run as the API shows them. A run queued in the store and not yet claimed by an instance shows as
/// running (with no rows done): the map polls while a run is running, and to a planner a queued run is one being worked on.
/// </summary>
public enum CoverageJobState
{
    Running,
    Finished,
    Failed,
    Cancelled,
}

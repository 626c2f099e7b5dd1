namespace TelecomGis.Storage.Stores;

/// <summary>What saving a batch gave: the batch, and whether it was written now (false: the key had been seen).</summary>
public sealed record SavedSubmission(Submission Submission, bool Created);

using Mediator;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Register;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>Files (minutes, photographs) appended to a recorded inspection; 404 when there is no such inspection.</summary>
public sealed record AttachToInspection(long InspectionId, IReadOnlyList<NewAttachment> Files)
    : IRequest<IReadOnlyList<InspectionAttachment>>;

public sealed class AttachToInspectionHandler(IAppraisalStore store)
    : IRequestHandler<AttachToInspection, IReadOnlyList<InspectionAttachment>>
{
    public async ValueTask<IReadOnlyList<InspectionAttachment>> Handle(AttachToInspection request, CancellationToken cancellationToken) =>
        await store.AttachToInspectionAsync(request.InspectionId, request.Files, cancellationToken)
        ?? throw new NotFoundException($"No inspection {request.InspectionId}.", $"Không có biên bản kiểm tra số {request.InspectionId}.");
}

/// <summary>An inspection's file exactly as stored, with its name and type.</summary>
public sealed record LoadInspectionFile(long AttachmentId) : IRequest<InspectionFile>;

public sealed record InspectionFile(long InspectionId, InspectionAttachment Attachment, byte[] Bytes);

public sealed class LoadInspectionFileHandler(IAppraisalStore store) : IRequestHandler<LoadInspectionFile, InspectionFile>
{
    public async ValueTask<InspectionFile> Handle(LoadInspectionFile request, CancellationToken cancellationToken)
    {
        var found = await store.FindAttachmentAsync(request.AttachmentId, cancellationToken);
        var bytes = found is null ? null : await store.LoadAttachmentAsync(request.AttachmentId, cancellationToken);
        if (found is not { } f || bytes is null)
            throw new NotFoundException($"No attachment {request.AttachmentId}.", $"Không có tệp đính kèm số {request.AttachmentId}.");
        return new InspectionFile(f.InspectionId, f.Attachment, bytes);
    }
}

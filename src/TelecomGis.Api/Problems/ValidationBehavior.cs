using Mediator;

namespace TelecomGis.Api.Problems;

/// <summary>Validates every <see cref="IValidated"/> message once, before its handler: handlers and the core trust their input.</summary>
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        if (message is IValidated validated)
        {
            var errors = validated.Validate().ToList();
            if (errors.Count > 0)
                throw new RequestValidationException(errors);
        }
        return next(message, cancellationToken);
    }
}

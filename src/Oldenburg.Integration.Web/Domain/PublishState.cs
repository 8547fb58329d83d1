namespace Oldenburg.Integration.Web.Domain;

public enum PublishState
{
    Draft = 0,
    Published = 1,
}

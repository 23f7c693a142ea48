using System.Text.Json.Serialization;

namespace DiasporaMatch.Assignments;

/// <summary>Where an assignment stands; the JSON names are the ones the transitions route takes in <c>to</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssignmentState>))]
public enum AssignmentState
{
    [JsonStringEnumMemberName("shortlisted")]
    Shortlisted,

    [JsonStringEnumMemberName("proposed")]
    Proposed,

    /// <summary>The expert said yes to the proposal.</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>The expert or the institution said no.</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,

    /// <summary>The institution said yes to the accepted expert.</summary>
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    /// <summary>Staff approved: the expert's dates and one of the need's positions are booked.</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    [JsonStringEnumMemberName("rejected")]
    Rejected,

    [JsonStringEnumMemberName("in-progress")]
    InProgress,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}

namespace Finnest.Database.V2.Sample;

/// <summary>
/// What the synthetic extract plants in the roles, comments, leave, unavailability, contact, agency, contract and
/// appraisal files, in numbers that do not change with --scale or --random-seed, and what the import does with each.
/// </summary>
public static class PlantedPeopleProblems
{
    /// <summary>Roles with no name: quarantined "role name missing".</summary>
    public const int RolesWithoutName = 1;
    /// <summary>Roles repeating an earlier role's name: merged into it.</summary>
    public const int RepeatedRoleNames = 1;
    /// <summary>Comments on a candidate that is not in v2: quarantined, the candidate named.</summary>
    public const int CommentsOnMissingCandidates = 2;
    /// <summary>Comments with no text: quarantined "comment text missing".</summary>
    public const int EmptyComments = 1;
    /// <summary>Leave of type UL (unpaid), which has no Finnest leave type: quarantined.</summary>
    public const int UnpaidLeaveWithoutType = 1;
    /// <summary>Annual leave asked by a casual: refused by ck_leave_requests__casual_entitlement, quarantined.</summary>
    public const int AnnualLeaveForCasuals = 1;
    /// <summary>Approved leave overlapping the same worker's approved leave: refused by ex_leave_requests__no_overlap, quarantined.</summary>
    public const int OverlappingLeave = 1;
    /// <summary>Unavailability ending before it starts: quarantined.</summary>
    public const int BackwardsUnavailability = 1;
    /// <summary>A second primary contact of a client: refused by uq_contacts__org_id_client_id_primary, quarantined.</summary>
    public const int SecondPrimaryContacts = 1;
    /// <summary>Contacts of a client that is not in v2: quarantined, the client named.</summary>
    public const int ContactsOfMissingClients = 1;
    /// <summary>Agencies with a labour-hire licence from a state that does not license labour hire: quarantined.</summary>
    public const int AgenciesLicensedElsewhere = 1;
    /// <summary>Fixed-term contracts without an end date: quarantined.</summary>
    public const int FixedTermWithoutEnd = 1;
    /// <summary>Appraisals with an overall rating outside 1–5: quarantined.</summary>
    public const int AppraisalsRatedOutOfRange = 1;
    /// <summary>A compliance status of the qualification whose code has no credential type (so it was not imported): quarantined.</summary>
    public const int ComplianceOfUnimportedQualifications = 1;
    /// <summary>A second compliance status for the same worker and credential: refused by uq_compliance_status__org_id_employee_id_credential_type_id.</summary>
    public const int RepeatedComplianceStatuses = 1;
    /// <summary>Functional assessments "fit with restrictions" that record no restrictions: quarantined.</summary>
    public const int RestrictedWithoutRestrictions = 1;
    /// <summary>Onboarding profiles approved without an approval date: quarantined.</summary>
    public const int ApprovedOnboardingWithoutDate = 1;
    /// <summary>admin_atslive talent whose admin_central worker is not in v2: quarantined, the candidate named.</summary>
    public const int TalentOfMissingWorkers = 1;
    /// <summary>Walk-in applicants (no Finnest source): quarantined.</summary>
    public const int WalkInApplicants = 1;
    /// <summary>Applicants marked converted without the talent record they became: quarantined.</summary>
    public const int ConvertedApplicantsWithoutTalent = 1;
    /// <summary>Reference checks of a worker with no admin_atslive talent record (no recruit candidate): quarantined.</summary>
    public const int ReferenceChecksWithoutTalent = 1;

    /// <summary>Rows of these files the import quarantines, all reasons together.</summary>
    public const int Quarantined = RolesWithoutName + CommentsOnMissingCandidates + EmptyComments + UnpaidLeaveWithoutType + AnnualLeaveForCasuals
        + OverlappingLeave + BackwardsUnavailability + SecondPrimaryContacts + ContactsOfMissingClients + AgenciesLicensedElsewhere
        + FixedTermWithoutEnd + AppraisalsRatedOutOfRange + ComplianceOfUnimportedQualifications + RepeatedComplianceStatuses
        + RestrictedWithoutRestrictions + ApprovedOnboardingWithoutDate + TalentOfMissingWorkers + WalkInApplicants + ConvertedApplicantsWithoutTalent
        + ReferenceChecksWithoutTalent;
}

#include "storage/ComplianceSchema.h"

using namespace Qt::StringLiterals;

namespace wedsync::server {

Migration complianceMigration()
{
    Migration m;
    m.version = 8;
    m.name = u"supplier compliance: tiers, requirements, records, histories, notifications"_s;
    m.statements = {
        // A tenant's tiers; reaching one takes a completion percentage of the current tier's
        // requirements and a number of points (core checkAdvancement).
        u"CREATE TABLE compliance_tiers ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),"
        " description TEXT NOT NULL DEFAULT '',"
        " level INTEGER NOT NULL CHECK (level >= 0),"
        " required_completion_percent INTEGER NOT NULL DEFAULT 0"
        "  CHECK (required_completion_percent BETWEEN 0 AND 100),"
        " minimum_points INTEGER NOT NULL DEFAULT 0 CHECK (minimum_points >= 0),"
        " created_at TEXT NOT NULL,"
        " UNIQUE (organization_id, name),"
        " UNIQUE (organization_id, level),"
        " UNIQUE (id, organization_id))"_s,

        u"CREATE TABLE compliance_requirements ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),"
        " description TEXT NOT NULL DEFAULT '',"
        " points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),"
        " due_days INTEGER CHECK (due_days IS NULL OR due_days >= 0),"
        " evidence_type TEXT NOT NULL DEFAULT 'document'"
        "  CHECK (evidence_type IN ('document', 'certificate', 'rating', 'signature', 'link',"
        " 'none')),"
        " created_at TEXT NOT NULL,"
        " UNIQUE (id, organization_id))"_s,

        // A requirement may belong to several tiers (a higher tier repeats the lower ones').
        u"CREATE TABLE compliance_tier_requirements ("
        " tier_id {{uuid}} NOT NULL REFERENCES compliance_tiers (id) ON DELETE CASCADE,"
        " requirement_id {{uuid}} NOT NULL REFERENCES compliance_requirements (id)"
        "  ON DELETE CASCADE,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (tier_id, requirement_id))"_s,

        // The tier a role starts in; a role without a row starts in "basic".
        u"CREATE TABLE compliance_role_tiers ("
        " organization_id {{uuid}} NOT NULL,"
        " role TEXT NOT NULL"
        "  CHECK (role IN ('admin', 'coordinator', 'photographer', 'couple', 'vendor', 'guest')),"
        " tier_id {{uuid}} NOT NULL,"
        " PRIMARY KEY (organization_id, role),"
        " FOREIGN KEY (tier_id, organization_id) REFERENCES compliance_tiers (id, organization_id)"
        "  ON DELETE CASCADE)"_s,

        // One supplier of one tenant: tier, standing and the figures core recalculates in
        // every change's transaction (completion in tenths of a percent: exact on both).
        u"CREATE TABLE supplier_compliance ("
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " supplier_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " role TEXT NOT NULL,"
        " tier_id {{uuid}} NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " total_requirements INTEGER NOT NULL DEFAULT 0,"
        " completed_requirements INTEGER NOT NULL DEFAULT 0,"
        " in_progress_requirements INTEGER NOT NULL DEFAULT 0,"
        " pending_requirements INTEGER NOT NULL DEFAULT 0,"
        " rejected_requirements INTEGER NOT NULL DEFAULT 0,"
        " total_points INTEGER NOT NULL DEFAULT 0,"
        " earned_points INTEGER NOT NULL DEFAULT 0,"
        " completion_tenths INTEGER NOT NULL DEFAULT 0 CHECK (completion_tenths BETWEEN 0 AND "
        "1000),"
        " advancement_eligible {{bool}} NOT NULL DEFAULT FALSE,"
        " initialized_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " deactivated_at TEXT,"
        " deactivation_reason TEXT,"
        " PRIMARY KEY (organization_id, supplier_id),"
        " FOREIGN KEY (tier_id, organization_id) REFERENCES compliance_tiers (id, organization_id))"_s,
        u"CREATE INDEX supplier_compliance_list ON supplier_compliance"
        " (organization_id, initialized_at, supplier_id)"_s,

        u"CREATE TABLE compliance_records ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL,"
        " supplier_id {{uuid}} NOT NULL,"
        " requirement_id {{uuid}} NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('pending', 'draft', 'in_progress', 'submitted',"
        " 'approved', 'revision_required', 'rejected', 'inactive', 'legacy')),"
        " review_status TEXT NOT NULL DEFAULT 'none' CHECK (review_status IN ('none', 'pending',"
        " 'approved', 'revision_required', 'rejected')),"
        " evidence_ref TEXT,"
        " submitted_by {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " submitted_at TEXT,"
        " reviewer_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " reviewed_at TEXT,"
        " review_note TEXT,"
        " due_date DATE,"
        " version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1),"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (organization_id, supplier_id, requirement_id),"
        " FOREIGN KEY (organization_id, supplier_id)"
        "  REFERENCES supplier_compliance (organization_id, supplier_id) ON DELETE CASCADE,"
        " FOREIGN KEY (requirement_id, organization_id)"
        "  REFERENCES compliance_requirements (id, organization_id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX compliance_records_review ON compliance_records"
        " (organization_id, status, submitted_at)"_s,

        // Every status a record took, kept through tier switches and deactivation.
        u"CREATE TABLE compliance_record_history ("
        " id {{uuid}} PRIMARY KEY,"
        " record_id {{uuid}} NOT NULL REFERENCES compliance_records (id) ON DELETE CASCADE,"
        " from_status TEXT,"
        " to_status TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " actor_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " note TEXT,"
        " occurred_at TEXT NOT NULL)"_s,
        u"CREATE INDEX compliance_record_history_record ON compliance_record_history"
        " (record_id, occurred_at)"_s,

        u"CREATE TABLE compliance_tier_history ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL,"
        " supplier_id {{uuid}} NOT NULL,"
        " from_tier_id {{uuid}},"
        " to_tier_id {{uuid}} NOT NULL,"
        " reason TEXT NOT NULL,"
        " actor_id {{uuid}} REFERENCES users (id) ON DELETE SET NULL,"
        " occurred_at TEXT NOT NULL,"
        " FOREIGN KEY (organization_id, supplier_id)"
        "  REFERENCES supplier_compliance (organization_id, supplier_id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX compliance_tier_history_supplier ON compliance_tier_history"
        " (organization_id, supplier_id, occurred_at)"_s,

        // What the tenant's reviewers and the supplier are told; a client words it by kind.
        u"CREATE TABLE compliance_notifications ("
        " id {{uuid}} PRIMARY KEY,"
        " organization_id {{uuid}} NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
        " supplier_id {{uuid}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (kind IN ('requirement_submitted', 'requirement_approved',"
        " 'revision_required', 'tier_advancement_eligible')),"
        " record_id {{uuid}} REFERENCES compliance_records (id) ON DELETE CASCADE,"
        " details_json {{json}} NOT NULL,"
        " created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX compliance_notifications_time ON compliance_notifications"
        " (organization_id, created_at)"_s,
    };
    return m;
}

} // namespace wedsync::server

#pragma once
// The integrity report on the wire: {valid, findings: [{severity, rule, subjectKind, ...}]}.

#include "IntegrityChecker.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace wedsync {

// "error" | "warning" | "info"
QString integritySeverityName(IntegritySeverity severity);
std::optional<IntegritySeverity> integritySeverityFromName(QStringView name);
// "section" | "user" | "role"
QString integritySubjectName(IntegritySubject subject);
std::optional<IntegritySubject> integritySubjectFromName(QStringView name);

// sectionType is null for a finding about a user; "role" is there only when the finding is
// about one role's cell (or a role as a whole).
QJsonObject integrityFindingToJson(const IntegrityFinding &finding);
QJsonObject integrityReportToJson(const IntegrityReport &report);

// Rejects unknown severities and subject kinds, missing fields, and a `valid` that disagrees
// with the findings (valid = no error); error fields name the path ("findings[2].severity").
Result<IntegrityFinding> integrityFindingFromJson(const QJsonObject &object);
Result<IntegrityReport> integrityReportFromJson(const QJsonObject &object);

} // namespace wedsync

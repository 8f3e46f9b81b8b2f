// JSON codec of integrity reports, shared by the server's /integrity endpoint and the console.
#include "IntegrityJson.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

IntegrityFinding readFinding(JsonReader &reader)
{
    IntegrityFinding finding;
    const QString severity = reader.string(u"severity"_s, {}, true);
    if (const auto parsed = integritySeverityFromName(severity))
        finding.severity = *parsed;
    else if (reader.has(u"severity"_s))
        reader.addError(u"severity"_s,
                        QCoreApplication::translate("wedsync::IntegrityJson",
                                                    "Must be error, warning or info."));
    const QString subject = reader.string(u"subjectKind"_s, {}, true);
    if (const auto parsed = integritySubjectFromName(subject))
        finding.subjectKind = *parsed;
    else if (reader.has(u"subjectKind"_s))
        reader.addError(u"subjectKind"_s,
                        QCoreApplication::translate("wedsync::IntegrityJson",
                                                    "Must be section, user or role."));
    finding.rule = reader.string(u"rule"_s, {}, true);
    finding.subjectId = reader.string(u"subjectId"_s, {}, true);
    finding.sectionType = reader.string(u"sectionType"_s);
    finding.message = reader.string(u"message"_s, {}, true);
    if (reader.has(u"role"_s)) {
        const QString role = reader.string(u"role"_s);
        finding.role = roleFromName(role);
        if (!finding.role)
            reader.addError(
                u"role"_s,
                QCoreApplication::translate(
                    "wedsync::IntegrityJson",
                    "Must be admin, coordinator, photographer, couple, vendor or guest."));
    }
    return finding;
}

Error invalidReport(QList<FieldError> fields)
{
    return Error {u"invalid_integrity_report"_s,
                  QCoreApplication::translate("wedsync::IntegrityJson",
                                              "The integrity report could not be read."),
                  std::move(fields)};
}

} // namespace

QString integritySeverityName(IntegritySeverity severity)
{
    switch (severity) {
    case IntegritySeverity::Error:
        return u"error"_s;
    case IntegritySeverity::Warning:
        return u"warning"_s;
    case IntegritySeverity::Info:
        return u"info"_s;
    }
    return u"error"_s;
}

std::optional<IntegritySeverity> integritySeverityFromName(QStringView name)
{
    if (name == u"error")
        return IntegritySeverity::Error;
    if (name == u"warning")
        return IntegritySeverity::Warning;
    if (name == u"info")
        return IntegritySeverity::Info;
    return std::nullopt;
}

QString integritySubjectName(IntegritySubject subject)
{
    switch (subject) {
    case IntegritySubject::Section:
        return u"section"_s;
    case IntegritySubject::User:
        return u"user"_s;
    case IntegritySubject::Role:
        return u"role"_s;
    }
    return u"section"_s;
}

std::optional<IntegritySubject> integritySubjectFromName(QStringView name)
{
    if (name == u"section")
        return IntegritySubject::Section;
    if (name == u"user")
        return IntegritySubject::User;
    if (name == u"role")
        return IntegritySubject::Role;
    return std::nullopt;
}

QJsonObject integrityFindingToJson(const IntegrityFinding &finding)
{
    QJsonObject out {
        {u"severity"_s, integritySeverityName(finding.severity)},
        {u"rule"_s, finding.rule},
        {u"subjectKind"_s, integritySubjectName(finding.subjectKind)},
        {u"subjectId"_s, finding.subjectId},
        {u"sectionType"_s,
         finding.sectionType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(finding.sectionType)},
        {u"message"_s, finding.message},
    };
    // Only on findings about a role's cell, so that the other findings read as they always did.
    if (finding.role)
        out.insert(u"role"_s, roleName(*finding.role));
    return out;
}

QJsonObject integrityReportToJson(const IntegrityReport &report)
{
    QJsonArray findings;
    for (const IntegrityFinding &finding : report.findings)
        findings.append(integrityFindingToJson(finding));
    return QJsonObject {{u"valid"_s, report.valid}, {u"findings"_s, findings}};
}

Result<IntegrityFinding> integrityFindingFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, QString(), &errors);
    IntegrityFinding finding = readFinding(reader);
    if (!errors.isEmpty())
        return invalidReport(std::move(errors));
    return finding;
}

Result<IntegrityReport> integrityReportFromJson(const QJsonObject &object)
{
    QList<FieldError> errors;
    JsonReader reader(object, QString(), &errors);
    const std::optional<bool> valid = reader.boolean(u"valid"_s, true);
    const QJsonArray array = reader.array(u"findings"_s, true);
    IntegrityReport report;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"findings["_s + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            errors.append(
                {path,
                 QCoreApplication::translate("wedsync::IntegrityJson", "Must be an object.")});
            continue;
        }
        JsonReader findingReader(array.at(i).toObject(), path, &errors);
        report.findings.append(readFinding(findingReader));
    }
    if (!errors.isEmpty())
        return invalidReport(std::move(errors));
    // Keep the server's order: it is already the report order, and re-sorting here would
    // hide a server that got it wrong from the tests that compare both sides.
    report.valid = *valid;
    if (report.valid != (report.count(IntegritySeverity::Error) == 0)) {
        return invalidReport({{u"valid"_s,
                               QCoreApplication::translate("wedsync::IntegrityJson",
                                                           "Must be true exactly when no finding "
                                                           "is an error.")}});
    }
    return report;
}

} // namespace wedsync

// Compiles and evaluates a section's visibility conditions.
#include "VisibilityConditions.h"

#include "PermissionEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::VisibilityConditions", text);
}

const QString KeyWeddingAccess = u"hasWeddingAccess"_s;
const QString KeyMinimumRole = u"minimumRole"_s;
const QString KeyCustomField = u"customField"_s;
const QString KeyTimeRestriction = u"timeRestriction"_s;

// A timestamp needs a zone ("Z" or an offset) to mean one instant; a bare date is midnight
// UTC, as JavaScript's Date reads it in the seed.
std::optional<qint64> parseInstant(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) {
        if (text.size() != 10) // "YYYY-MM-DD"
            return std::nullopt;
        return QDateTime(parsed.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    return parsed.toMSecsSinceEpoch();
}

QString instantText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return tr("not set");
}

// JavaScript's === on JSON values, except that arrays and objects compare by content
// (the seed's === would never match them, which no planner could intend).
bool jsonEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool jsonContains(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isString())
        return needle.isString() && haystack.toString().contains(needle.toString());
    if (haystack.isArray()) {
        const QJsonArray array = haystack.toArray();
        for (const QJsonValue &item : array) {
            if (jsonEquals(item, needle))
                return true;
        }
    }
    return false;
}

QString capitalizedSentence(const QString &clause)
{
    if (clause.isEmpty())
        return clause;
    return clause.left(1).toUpper() + clause.mid(1) + u'.';
}

} // namespace

ConditionSubject ConditionSubject::from(const UserProfile &user, const WeddingContext *wedding,
                                        const QDateTime &now)
{
    ConditionSubject s;
    s.role = user.effectiveRole();
    s.weddingGiven = wedding != nullptr;
    if (wedding) {
        for (const WeddingAccess &access : user.weddingAccess) {
            if (access.weddingId == wedding->weddingId) {
                s.hasWeddingAccess = true;
                break;
            }
        }
    }
    s.customFields = &user.customFields;
    s.nowMsecs = now.toMSecsSinceEpoch();
    return s;
}

QList<ConditionResult> VisibilityVerdict::failures() const
{
    QList<ConditionResult> out;
    for (const ConditionResult &r : results) {
        if (!r.passed)
            out.append(r);
    }
    return out;
}

CompiledConditions CompiledConditions::compile(const QJsonObject &conditions)
{
    CompiledConditions out;
    for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        Check check;
        check.key = key;
        if (key == KeyWeddingAccess) {
            if (!value.isBool()) {
                check.problem = tr("the hasWeddingAccess condition must be true or false, so the "
                                   "section stays hidden until it is fixed");
            } else if (!value.toBool()) {
                continue; // false asks for nothing, as in the seed
            } else {
                check.kind = Kind::WeddingAccess;
            }
        } else if (key == KeyMinimumRole) {
            const auto role = value.isString() ? roleFromName(value.toString()) : std::nullopt;
            if (role) {
                check.kind = Kind::MinimumRole;
                check.minimumRole = *role;
            } else {
                check.problem = tr("the minimum role %1 is not a known role (use guest, vendor, "
                                   "couple, photographer, coordinator or admin), so the section "
                                   "stays hidden until it is fixed")
                                    .arg(jsonText(value));
            }
        } else if (key == KeyCustomField) {
            const QJsonObject spec = value.toObject();
            const QString op = spec.value(u"operator").toString();
            check.field = spec.value(u"field").toString();
            check.value = spec.value(u"value");
            if (!value.isObject() || check.field.isEmpty() || !spec.contains(u"value")) {
                check.problem = tr("the customField condition needs a field, an operator and a "
                                   "value, so the section stays hidden until it is fixed");
            } else if (op == u"equals") {
                check.kind = Kind::CustomEquals;
            } else if (op == u"contains") {
                check.kind = Kind::CustomContains;
            } else {
                check.problem = tr("the customField condition uses the unknown operator %1 (use "
                                   "equals or contains), so the section stays hidden until it is "
                                   "fixed")
                                    .arg(jsonText(spec.value(u"operator")));
            }
        } else if (key == KeyTimeRestriction) {
            const QJsonObject spec = value.toObject();
            const auto start = parseInstant(spec.value(u"start"));
            const auto end = parseInstant(spec.value(u"end"));
            if (!value.isObject() || !start || !end) {
                check.problem = tr("the time window's start or end cannot be read (use ISO-8601 "
                                   "with a zone, e.g. 2026-06-14T09:00:00Z), so the section stays "
                                   "hidden until it is fixed");
            } else if (*start > *end) {
                check.problem = tr("the time window ends (%1) before it starts (%2), so the "
                                   "section stays hidden until it is fixed")
                                    .arg(instantText(*end), instantText(*start));
            } else {
                check.kind = Kind::TimeWindow;
                check.startMsecs = *start;
                check.endMsecs = *end;
                check.windowText[0] = instantText(*start);
                check.windowText[1] = instantText(*end);
            }
        } else {
            check.problem = tr("the unknown visibility condition \"%1\" (known: hasWeddingAccess, "
                               "minimumRole, customField, timeRestriction) hides the section "
                               "until it is fixed")
                                .arg(key);
        }
        out.m_checks.append(std::move(check));
    }
    return out;
}

bool CompiledConditions::passesCheck(const Check &check, const ConditionSubject &subject) const
{
    switch (check.kind) {
    case Kind::WeddingAccess:
        return subject.weddingGiven && subject.hasWeddingAccess;
    case Kind::MinimumRole:
        return meetsMinimumRole(subject.role, check.minimumRole);
    case Kind::CustomEquals:
    case Kind::CustomContains: {
        const QJsonValue actual = subject.customFields ? subject.customFields->value(check.field)
                                                       : QJsonValue(QJsonValue::Undefined);
        if (actual.isUndefined())
            return false;
        return check.kind == Kind::CustomEquals ? jsonEquals(actual, check.value)
                                                : jsonContains(actual, check.value);
    }
    case Kind::TimeWindow:
        return subject.nowMsecs >= check.startMsecs && subject.nowMsecs <= check.endMsecs;
    case Kind::Invalid:
        return false;
    }
    return false;
}

bool CompiledConditions::passes(const ConditionSubject &subject) const
{
    for (const Check &check : m_checks) {
        if (!passesCheck(check, subject))
            return false;
    }
    return true;
}

ConditionResult CompiledConditions::explainCheck(const Check &check,
                                                 const ConditionSubject &subject) const
{
    const bool ok = passesCheck(check, subject);
    const QString role = roleName(subject.role);
    QString text;
    switch (check.kind) {
    case Kind::WeddingAccess:
        if (ok)
            text = tr("%1 has access to this wedding").arg(role);
        else if (!subject.weddingGiven)
            text = tr("the section needs access to a wedding, and no wedding is selected");
        else
            text = tr("the section needs access to this wedding, and this %1 has none").arg(role);
        break;
    case Kind::MinimumRole:
        text = ok ? tr("%1 meets the minimum role %2").arg(role, roleName(check.minimumRole))
                  : tr("the section needs at least %1, and %2 ranks below it")
                        .arg(roleName(check.minimumRole), role);
        break;
    case Kind::CustomEquals:
    case Kind::CustomContains: {
        const QJsonValue actual = subject.customFields ? subject.customFields->value(check.field)
                                                       : QJsonValue(QJsonValue::Undefined);
        const bool equals = check.kind == Kind::CustomEquals;
        if (ok) {
            text = (equals ? tr("custom field %1 equals %2") : tr("custom field %1 contains %2"))
                       .arg(check.field, jsonText(check.value));
        } else {
            text = (equals ? tr("the section needs custom field %1 to equal %2, and it is %3")
                           : tr("the section needs custom field %1 to contain %2, and it is %3"))
                       .arg(check.field, jsonText(check.value), jsonText(actual));
        }
        break;
    }
    case Kind::TimeWindow:
        text = (ok ? tr("it is %3, within the section's time window %1 to %2")
                   : tr("the section is shown only from %1 to %2, and it is now %3"))
                   .arg(check.windowText[0], check.windowText[1], instantText(subject.nowMsecs));
        break;
    case Kind::Invalid:
        text = check.problem;
        break;
    }
    return {check.key, ok, text};
}

VisibilityVerdict CompiledConditions::explain(const ConditionSubject &subject) const
{
    VisibilityVerdict verdict;
    verdict.results.reserve(m_checks.size());
    for (const Check &check : m_checks) {
        ConditionResult r = explainCheck(check, subject);
        verdict.passed = verdict.passed && r.passed;
        verdict.results.append(std::move(r));
    }
    return verdict;
}

QList<FieldError> CompiledConditions::problems(const QString &pathPrefix) const
{
    QList<FieldError> out;
    for (const Check &check : m_checks) {
        if (check.kind == Kind::Invalid)
            out.append({pathPrefix + u'.' + check.key, capitalizedSentence(check.problem)});
    }
    return out;
}

VisibilityVerdict evaluateVisibilityConditions(const QJsonObject &conditions,
                                               const UserProfile &user,
                                               const WeddingContext *wedding, const QDateTime &now)
{
    return CompiledConditions::compile(conditions)
        .explain(ConditionSubject::from(user, wedding, now));
}

} // namespace wedsync

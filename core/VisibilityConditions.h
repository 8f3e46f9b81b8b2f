#pragma once
// The conditions object of a section's visibility (hasWeddingAccess, minimumRole, customField,
// timeRestriction): compiled once, then checked cheaply or explained in words.
//
// Deliberate corrections to the seed, which only logged or ignored these: an unknown key,
// a minimumRole that names no role, a customField with an unknown operator, and a
// timeRestriction whose start or end cannot be read all DENY view, and say why.

#include "Result.h"
#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace wedsync {

struct UserProfile;
struct WeddingContext;

// What the conditions look at, gathered once per person, wedding and moment.
struct ConditionSubject
{
    Role role = Role::Guest;
    bool weddingGiven = false;
    bool hasWeddingAccess = false; // any wedding-access entry (any level) for the wedding shown
    const QJsonObject *customFields = nullptr; // must outlive the subject; null = none
    qint64 nowMsecs = 0; // milliseconds since the epoch (UTC)

    // `user` and `wedding` must outlive the returned subject.
    static ConditionSubject from(const UserProfile &user, const WeddingContext *wedding,
                                 const QDateTime &now);
};

// One condition's outcome, as a clause a planner reads after "may (not) view <section>: ".
struct ConditionResult
{
    QString key; // "minimumRole", ... or the unknown key itself
    bool passed = false;
    QString text;
    friend bool operator==(const ConditionResult &, const ConditionResult &) = default;
};

struct VisibilityVerdict
{
    bool passed = true; // every condition passed (an empty object passes)
    QList<ConditionResult> results; // one per condition that constrains, in key order

    QList<ConditionResult> failures() const;
};

class CompiledConditions
{
public:
    CompiledConditions() = default; // no conditions: always passes

    static CompiledConditions compile(const QJsonObject &conditions);

    bool isEmpty() const { return m_checks.isEmpty(); }
    // No strings, no allocation: the engine's hot path.
    bool passes(const ConditionSubject &subject) const;
    VisibilityVerdict explain(const ConditionSubject &subject) const;

    // Conditions that can never pass because they are unknown or malformed, as field errors
    // ("visibility.conditions.minimumRole") for validators that want to report them early.
    QList<FieldError> problems(const QString &pathPrefix
                               = QStringLiteral("visibility.conditions")) const;

private:
    enum class Kind : quint8 {
        WeddingAccess,
        MinimumRole,
        CustomEquals,
        CustomContains,
        TimeWindow,
        Invalid
    };
    struct Check
    {
        Kind kind = Kind::Invalid;
        Role minimumRole = Role::Guest;
        qint64 startMsecs = 0;
        qint64 endMsecs = 0;
        QString key;
        QString field; // customField.field
        QJsonValue value; // customField.value
        QString problem; // Invalid: why the condition cannot be evaluated
        QString windowText[2]; // TimeWindow: start and end for explanations
    };
    bool passesCheck(const Check &check, const ConditionSubject &subject) const;
    ConditionResult explainCheck(const Check &check, const ConditionSubject &subject) const;

    QList<Check> m_checks;
};

// Convenience for one-off checks (compiles every time; the engine caches the compiled form).
VisibilityVerdict evaluateVisibilityConditions(const QJsonObject &conditions,
                                               const UserProfile &user,
                                               const WeddingContext *wedding, const QDateTime &now);

} // namespace wedsync

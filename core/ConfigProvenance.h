#pragma once
// "Why this value": for each field of an effective configuration, the layer its value came
// from, the sync rule that decided it and how, what it overrode, and whether an opt-out or a
// rule waiting for approval held a newer value back; and the sentence the console shows.

#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "ConfigSyncRule.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wedsync {

enum class ProvenanceReason : quint8 {
    Defined, // set at the layer asked about, nothing above it to weigh
    Inherited, // set above; nothing closer sets it
    OwnValue, // no rule decides here: the closest layer's own value
    RuleWinner, // the rule's winning layer set it
    RuleFallback, // the rule's winning layer sets nothing here: the closest own value
    RuleNearest, // the rule's winner is further down: between these layers the closest wins
    MergeKept, // merge: a customization the parent has not changed since
    MergeTaken, // merge: the parent's value, not customized below
    MergeConflict, // merge: both changed it; the parent's change wins
    HeldBack, // an opt-out or a rule waiting for approval keeps the last synced value
};
// "defined", "inherited", "own_value", "rule_winner", "rule_fallback", "rule_nearest",
// "merge_kept",
// "merge_taken", "merge_conflict", "held_back"
QString provenanceReasonName(ProvenanceReason reason);
std::optional<ProvenanceReason> provenanceReasonFromName(QStringView name);

enum class ProvenanceHold : quint8 {
    None,
    OptedOutOfRule, // the organization declined the rule
    OptedOutOfType, // the organization declined the whole setting type
    AwaitingApproval, // the rule does not apply changes by itself
};
// "none", "opted_out_of_rule", "opted_out_of_type", "awaiting_approval"
QString provenanceHoldName(ProvenanceHold hold);
std::optional<ProvenanceHold> provenanceHoldFromName(QStringView name);

struct FieldProvenance
{
    QString path; // dotted, e.g. "providers.sms.provider"
    QJsonValue value;
    ConfigLayer layer = ConfigLayer::Platform; // where the value was set
    ConfigLayer decidedAt = ConfigLayer::Platform; // the layer whose step chose it
    ProvenanceReason reason = ProvenanceReason::Defined;
    ConfigSettingType settingType = ConfigSettingType::Rbac;
    // The rule that decided (empty id: none).
    QString ruleId;
    QString ruleName;
    std::optional<SyncStrategy> strategy;
    // The value this one beat, and whose it was (Undefined: nothing was overridden).
    QJsonValue overridden {QJsonValue::Undefined};
    ConfigLayer overriddenLayer = ConfigLayer::Platform;
    ProvenanceHold hold = ProvenanceHold::None;
    QJsonValue upstream {
        QJsonValue::Undefined}; // held back: the parent's current value, when it differs
    bool secret = false; // the sentence never shows the values of a secret

    bool deviates() const { return hold != ProvenanceHold::None && !upstream.isUndefined(); }
    friend bool operator==(const FieldProvenance &, const FieldProvenance &) = default;
};

// The translated sentences that explain the field, e.g. "Set by the organization: under rule
// “Notifications” (Organization wins) its value wins. It overrides the platform's value
// “twilio”."
QString whyThisValue(const FieldProvenance &field);

// Wire shape: {path, value, layer, decidedAt, reason, settingType, ruleId?, ruleName?, strategy?,
// overridden?, overriddenLayer?, hold, upstream?, secret}; a secret's values are written as
// SealedSecretText.
QJsonObject fieldProvenanceToJson(const FieldProvenance &field);
Result<FieldProvenance> fieldProvenanceFromJson(const QJsonObject &object);

} // namespace wedsync

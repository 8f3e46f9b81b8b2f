#include "ConfigProvenance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::ConfigProvenance", text);
}

constexpr int MaxValueInSentence = 60;

// A value as a sentence quotes it: text in quotes, the rest as compact JSON, long ones cut.
QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? tr("on") : tr("off");
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    if (text.size() > MaxValueInSentence)
        text = text.left(MaxValueInSentence) + u'…';
    return tr("“%1”").arg(text);
}

QString ruleName(const FieldProvenance &field)
{
    ConfigSyncRule rule;
    rule.id = field.ruleId;
    rule.name = field.ruleName;
    return configSyncRuleDisplayName(rule);
}

QString strategyName(const FieldProvenance &field)
{
    return field.strategy ? syncStrategyDisplayName(*field.strategy) : QString();
}

QString mainSentence(const FieldProvenance &field)
{
    const QString layer = configLayerPhrase(field.layer);
    switch (field.reason) {
    case ProvenanceReason::Defined:
        return tr("Set by %1.").arg(layer);
    case ProvenanceReason::Inherited:
        return tr("Inherited from %1; nothing closer sets this field.").arg(layer);
    case ProvenanceReason::OwnValue:
        return tr("Set by %1; no sync rule decides this setting here, so the closest value "
                  "applies.")
            .arg(layer);
    case ProvenanceReason::RuleWinner:
        return tr("Set by %1: under rule “%2” (%3) its value wins.")
            .arg(layer, ruleName(field), strategyName(field));
    case ProvenanceReason::RuleFallback: {
        const auto winner = field.strategy ? syncStrategyWinner(*field.strategy) : std::nullopt;
        return tr("Set by %1: rule “%2” lets %3 win, but %3 does not set this field.")
            .arg(layer, ruleName(field), configLayerPhrase(winner.value_or(ConfigLayer::Platform)));
    }
    case ProvenanceReason::RuleNearest:
        return tr("Set by %1: under rule “%2” (%3) the closest layer's value applies here.")
            .arg(layer, ruleName(field), strategyName(field));
    case ProvenanceReason::MergeKept:
        return tr("Set by %1: rule “%2” merges, and the layer above has not changed this field "
                  "since, so the customization stays.")
            .arg(layer, ruleName(field));
    case ProvenanceReason::MergeTaken:
        return tr("Set by %1: rule “%2” merges, and nothing closer customized this field.")
            .arg(layer, ruleName(field));
    case ProvenanceReason::MergeConflict:
        return tr("Set by %1: rule “%2” merges, and %1 changed this field after it was "
                  "customized, so the change from above wins.")
            .arg(layer, ruleName(field));
    case ProvenanceReason::HeldBack:
        return tr("Kept from the last sync with %1.").arg(layer);
    }
    return {};
}

QString holdSentence(const FieldProvenance &field)
{
    switch (field.hold) {
    case ProvenanceHold::None:
        return {};
    case ProvenanceHold::OptedOutOfRule:
        return tr("The organization opted out of rule “%1”.").arg(ruleName(field));
    case ProvenanceHold::OptedOutOfType:
        return tr("The organization opted out of updates to %1.")
            .arg(configSettingTypeDisplayName(field.settingType));
    case ProvenanceHold::AwaitingApproval:
        return tr("Rule “%1” waits for an administrator to approve changes.").arg(ruleName(field));
    }
    return {};
}

} // namespace

QString provenanceReasonName(ProvenanceReason reason)
{
    switch (reason) {
    case ProvenanceReason::Defined:
        return u"defined"_s;
    case ProvenanceReason::Inherited:
        return u"inherited"_s;
    case ProvenanceReason::OwnValue:
        return u"own_value"_s;
    case ProvenanceReason::RuleWinner:
        return u"rule_winner"_s;
    case ProvenanceReason::RuleFallback:
        return u"rule_fallback"_s;
    case ProvenanceReason::RuleNearest:
        return u"rule_nearest"_s;
    case ProvenanceReason::MergeKept:
        return u"merge_kept"_s;
    case ProvenanceReason::MergeTaken:
        return u"merge_taken"_s;
    case ProvenanceReason::MergeConflict:
        return u"merge_conflict"_s;
    case ProvenanceReason::HeldBack:
        return u"held_back"_s;
    }
    return u"defined"_s;
}

std::optional<ProvenanceReason> provenanceReasonFromName(QStringView name)
{
    for (int i = 0; i <= int(ProvenanceReason::HeldBack); ++i) {
        const auto reason = ProvenanceReason(i);
        if (name == provenanceReasonName(reason))
            return reason;
    }
    return std::nullopt;
}

QString provenanceHoldName(ProvenanceHold hold)
{
    switch (hold) {
    case ProvenanceHold::None:
        return u"none"_s;
    case ProvenanceHold::OptedOutOfRule:
        return u"opted_out_of_rule"_s;
    case ProvenanceHold::OptedOutOfType:
        return u"opted_out_of_type"_s;
    case ProvenanceHold::AwaitingApproval:
        return u"awaiting_approval"_s;
    }
    return u"none"_s;
}

std::optional<ProvenanceHold> provenanceHoldFromName(QStringView name)
{
    for (int i = 0; i <= int(ProvenanceHold::AwaitingApproval); ++i) {
        const auto hold = ProvenanceHold(i);
        if (name == provenanceHoldName(hold))
            return hold;
    }
    return std::nullopt;
}

QString whyThisValue(const FieldProvenance &field)
{
    QStringList sentences {mainSentence(field)};
    if (!field.overridden.isUndefined()) {
        sentences.append(field.secret ? tr("It overrides a secret set by %1.")
                                            .arg(configLayerPhrase(field.overriddenLayer))
                                      : tr("It overrides the value %1 set by %2.")
                                            .arg(shown(field.overridden),
                                                 configLayerPhrase(field.overriddenLayer)));
    }
    if (field.hold != ProvenanceHold::None)
        sentences.append(holdSentence(field));
    if (field.deviates()) {
        sentences.append(field.secret ? tr("The layer above now has another secret; it is not "
                                           "applied here.")
                                      : tr("The layer above now has %1; it is not applied here.")
                                            .arg(shown(field.upstream)));
    }
    return sentences.join(u' ');
}

} // namespace wedsync

#include "ConfigResolver.h"

#include "ConfigSettingSchemas.h"
#include "ThreeWayMerge.h"

#include <QHash>

namespace wedsync {

namespace {

// The leaves of a document that carry a value (an empty object adds nothing to inherit).
QList<std::pair<QString, QJsonValue>> valueLeaves(const QJsonObject &document)
{
    QList<std::pair<QString, QJsonValue>> out = jsonLeaves(document);
    out.removeIf([](const std::pair<QString, QJsonValue> &leaf) {
        return leaf.second.isObject() || leaf.second.isUndefined();
    });
    return out;
}

// One layer's result while stepping down: the fields in document order, found by path, and the
// document they make (built once, when first asked for).
class Layered
{
public:
    static Layered from(const QList<FieldProvenance> &fields, const QJsonObject &document)
    {
        Layered out;
        out.reserve(fields.size());
        for (const FieldProvenance &field : fields)
            out.append(field);
        out.m_document = document;
        return out;
    }

    void reserve(qsizetype size)
    {
        m_fields.reserve(size);
        m_index.reserve(size);
    }
    void append(FieldProvenance field)
    {
        m_index.insert(field.path, m_fields.size());
        m_fields.append(std::move(field));
        m_document.reset();
    }
    const FieldProvenance *find(const QString &path) const
    {
        const auto it = m_index.constFind(path);
        return it == m_index.cend() ? nullptr : &m_fields.at(*it);
    }
    const QList<FieldProvenance> &fields() const { return m_fields; }
    // For notes that do not change a value (holds, rules); the document stays valid.
    QList<FieldProvenance> &fields() { return m_fields; }

    const QJsonObject &document() const
    {
        if (!m_document) {
            QList<std::pair<QString, QJsonValue>> leaves;
            leaves.reserve(m_fields.size());
            for (const FieldProvenance &field : m_fields)
                leaves.append({field.path, field.value});
            m_document = jsonFromLeaves(leaves);
        }
        return *m_document;
    }
    void setDocument(const QJsonObject &document) { m_document = document; }

    QList<ConfigChange> declined;

private:
    QList<FieldProvenance> m_fields;
    QHash<QString, qsizetype> m_index;
    mutable std::optional<QJsonObject> m_document;
};

ConfigLayer layerAbove(ConfigLayer layer)
{
    return layer == ConfigLayer::User ? ConfigLayer::Tenant : ConfigLayer::Platform;
}

class Stepper
{
public:
    Stepper(ConfigSettingType type, ConfigLayer layer, std::optional<ConfigSyncRule> rule)
        : m_type(type)
        , m_layer(layer)
        , m_rule(std::move(rule))
    { }

    Layered root(const QJsonObject &document) const
    {
        Layered out;
        for (const auto &[path, value] : valueLeaves(document))
            out.append(fresh(path, value, ProvenanceReason::Defined));
        out.setDocument(document); // the same values; empty objects kept as the platform wrote
        return out;
    }

    Layered step(const Layered &above, const ConfigLayerInput &input, ProvenanceHold hold) const
    {
        if (hold != ProvenanceHold::None) {
            if (input.parentBaseline)
                return held(above, input, hold);
            // Never synced before: what arrives now is where the hold starts.
            return held(above, {input.document, above.document()}, hold);
        }
        if (m_rule && m_rule->strategy == SyncStrategy::Merge)
            return merge(above, input);
        return byPrecedence(above, input.document, m_rule);
    }

private:
    FieldProvenance fresh(const QString &path, const QJsonValue &value,
                          ProvenanceReason reason) const
    {
        FieldProvenance field;
        field.path = path;
        field.value = value;
        field.layer = m_layer;
        field.decidedAt = m_layer;
        field.reason = reason;
        field.settingType = m_type;
        return field;
    }

    void decideByRule(FieldProvenance *field, const std::optional<ConfigSyncRule> &rule) const
    {
        field->decidedAt = m_layer;
        if (!rule)
            return;
        field->ruleId = rule->id;
        field->ruleName = rule->name;
        field->strategy = rule->strategy;
    }

    // A field from above that nothing here changes: its story (and what it overrode above)
    // stays, told as inherited.
    static FieldProvenance inherited(FieldProvenance field)
    {
        if (field.reason == ProvenanceReason::Defined || field.reason == ProvenanceReason::OwnValue)
            field.reason = ProvenanceReason::Inherited;
        return field;
    }

    FieldProvenance fromAbove(const Layered &above, const QString &path,
                              const QJsonValue &value) const
    {
        if (const FieldProvenance *found = above.find(path)) {
            FieldProvenance field = inherited(*found);
            field.value = value;
            return field;
        }
        FieldProvenance field = fresh(path, value, ProvenanceReason::Inherited);
        field.layer = layerAbove(m_layer);
        return field;
    }

    Layered byPrecedence(const Layered &above, const QJsonObject &own,
                         const std::optional<ConfigSyncRule> &rule) const
    {
        const auto winner = rule ? syncStrategyWinner(rule->strategy) : std::nullopt;
        const ProvenanceReason ownReason = !rule    ? ProvenanceReason::OwnValue
            : winner == m_layer                     ? ProvenanceReason::RuleWinner
            : winner && int(*winner) > int(m_layer) ? ProvenanceReason::RuleNearest
                                                    : ProvenanceReason::RuleFallback;
        QHash<QString, QJsonValue> ownValues;
        QStringList ownOrder;
        for (const auto &[path, value] : valueLeaves(own)) {
            ownValues.insert(path, value);
            ownOrder.append(path);
        }
        Layered out;
        out.reserve(above.fields().size() + ownOrder.size());
        // The layer above's document with this layer's winning values written in: far cheaper
        // than building the document again from every field.
        QJsonObject document = above.document();
        for (const FieldProvenance &parent : above.fields()) {
            const QJsonValue mine = ownValues.contains(parent.path)
                ? ownValues.take(parent.path)
                : QJsonValue(QJsonValue::Undefined);
            if (winner && parent.layer == *winner) {
                FieldProvenance field = parent;
                field.reason = ProvenanceReason::RuleWinner;
                decideByRule(&field, rule);
                if (!mine.isUndefined() && mine != parent.value) {
                    field.overridden = mine;
                    field.overriddenLayer = m_layer;
                }
                out.append(field);
            } else if (!mine.isUndefined()) {
                setJsonPath(&document, parent.path, mine);
                FieldProvenance field = fresh(parent.path, mine, ownReason);
                decideByRule(&field, rule);
                if (mine != parent.value) {
                    field.overridden = parent.value;
                    field.overriddenLayer = parent.layer;
                }
                out.append(field);
            } else {
                out.append(inherited(parent));
            }
        }
        for (const QString &path : std::as_const(ownOrder)) {
            if (!ownValues.contains(path))
                continue;
            FieldProvenance field = fresh(path, ownValues.value(path), ownReason);
            setJsonPath(&document, path, field.value);
            decideByRule(&field, rule);
            out.append(field);
        }
        out.setDocument(document);
        return out;
    }

    Layered merge(const Layered &above, const ConfigLayerInput &input) const
    {
        const QJsonObject theirs = above.document();
        const QJsonObject base = input.parentBaseline.value_or(theirs);
        QJsonObject mine = base;
        for (const auto &[path, value] : valueLeaves(input.document))
            setJsonPath(&mine, path, value);
        MergeOptions ordered;
        ordered.unorderedArray = [](QStringView) {
            return false;
        };
        const MergeResult result = threeWayMerge(base, mine, theirs, ordered);
        Layered out;
        for (const MergeField &merged : result.fields) {
            const bool takesMine = merged.kind == MergeFieldKind::Mine;
            const QJsonValue value = takesMine ? merged.mine : merged.theirs;
            if (value.isUndefined() || (value.isObject() && value.toObject().isEmpty()))
                continue;
            if (takesMine) {
                FieldProvenance field = fresh(merged.path, value, ProvenanceReason::MergeKept);
                decideByRule(&field, m_rule);
                if (!merged.theirs.isUndefined()) {
                    field.overridden = merged.theirs;
                    field.overriddenLayer = fromAbove(above, merged.path, merged.theirs).layer;
                }
                out.append(field);
                continue;
            }
            FieldProvenance field = fromAbove(above, merged.path, value);
            if (merged.kind == MergeFieldKind::Theirs || merged.kind == MergeFieldKind::Conflict) {
                field.reason = merged.kind == MergeFieldKind::Theirs
                    ? ProvenanceReason::MergeTaken
                    : ProvenanceReason::MergeConflict;
                decideByRule(&field, m_rule);
                if (merged.kind == MergeFieldKind::Conflict && !merged.mine.isUndefined()) {
                    field.overridden = merged.mine;
                    field.overriddenLayer = m_layer;
                }
            }
            out.append(field);
        }
        out.setDocument(mergeTakingSide(result, FieldChoice::Side::Theirs));
        return out;
    }

    // The step against the baseline instead of the layer above now; each field tells what it
    // holds back.
    Layered held(const Layered &above, const ConfigLayerInput &input, ProvenanceHold hold) const
    {
        Layered frozen;
        for (const auto &[path, value] : valueLeaves(*input.parentBaseline)) {
            FieldProvenance field = fromAbove(above, path, value);
            field.reason = ProvenanceReason::HeldBack;
            field.overridden = QJsonValue(QJsonValue::Undefined);
            decideByRule(&field, m_rule);
            frozen.append(field);
        }
        frozen.setDocument(*input.parentBaseline);
        // An opt-out declines the rule itself: the organization's own values win. A rule that
        // waits for approval still decides, against the last approved values.
        const bool optedOut = hold != ProvenanceHold::AwaitingApproval;
        Layered out = !optedOut && m_rule && m_rule->strategy == SyncStrategy::Merge
            ? merge(frozen, {input.document, std::nullopt})
            : byPrecedence(frozen, input.document, optedOut ? std::nullopt : m_rule);
        const QJsonObject current = above.document();
        for (FieldProvenance &field : out.fields()) {
            field.hold = hold;
            if (optedOut && m_rule) {
                field.ruleId = m_rule->id;
                field.ruleName = m_rule->name;
            }
            const QJsonValue now = jsonAtPath(current, field.path);
            if (!sameJson(now, field.value))
                field.upstream = now;
        }
        out.declined = diffConfig(*input.parentBaseline, current);
        return out;
    }

    ConfigSettingType m_type;
    ConfigLayer m_layer;
    std::optional<ConfigSyncRule> m_rule;
};

ProvenanceHold holdFor(const ConfigResolveRequest &request, ConfigLayer layer,
                       const std::optional<ConfigSyncRule> &rule)
{
    if (layer == ConfigLayer::Tenant) {
        if (request.optOuts.settingTypes.contains(request.type))
            return ProvenanceHold::OptedOutOfType;
        if (rule && request.optOuts.ruleIds.contains(rule->id))
            return ProvenanceHold::OptedOutOfRule;
    }
    if (rule && !rule->autoApply)
        return ProvenanceHold::AwaitingApproval;
    return ProvenanceHold::None;
}

} // namespace

const FieldProvenance *ResolvedConfig::field(const QString &path) const
{
    for (const FieldProvenance &candidate : fields) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

namespace {

Layered stepDown(const Layered &above, const ConfigResolveRequest &request, ConfigLayer layer)
{
    const auto rule = configSyncRuleFor(request.rules, request.type, layer);
    const ConfigLayerInput &input = layer == ConfigLayer::Tenant ? request.tenant : request.user;
    return Stepper(request.type, layer, rule).step(above, input, holdFor(request, layer, rule));
}

ResolvedConfig finish(const Layered &layered, ConfigSettingType type, QList<ConfigChange> declined)
{
    ResolvedConfig out;
    out.effective = layered.document();
    out.fields = layered.fields();
    // Documents of one schema agree on the shape of every path; unchecked ones may not (an
    // object above, a number here): a field the effective document no longer has is not told.
    out.fields.removeIf([&out](const FieldProvenance &field) {
        return jsonAtPath(out.effective, field.path).isUndefined();
    });
    out.declined = std::move(declined);
    const QStringList secrets = configSecretPaths(configSchema(type), out.effective);
    for (FieldProvenance &field : out.fields)
        field.secret = secrets.contains(field.path);
    return out;
}

} // namespace

ResolvedConfig resolveConfig(const ConfigResolveRequest &request)
{
    Layered layered
        = Stepper(request.type, ConfigLayer::Platform, std::nullopt).root(request.platform);
    QList<ConfigChange> declined;
    for (ConfigLayer layer : {ConfigLayer::Tenant, ConfigLayer::User}) {
        if (int(layer) > int(request.at))
            break;
        layered = stepDown(layered, request, layer);
        declined += layered.declined;
    }
    return finish(layered, request.type, std::move(declined));
}

ResolvedConfig resolveConfigBelow(const ResolvedConfig &above, const ConfigResolveRequest &request)
{
    if (request.at == ConfigLayer::Platform)
        return above;
    const Layered layered
        = stepDown(Layered::from(above.fields, above.effective), request, request.at);
    return finish(layered, request.type, above.declined + layered.declined);
}

} // namespace wedsync

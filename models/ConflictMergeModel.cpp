#include "ConflictMergeModel.h"

#include "ConflictPaths.h"
#include "ModelRoles.h"
#include "SectionFields.h"
#include "SectionJson.h"
#include "SectionValidator.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
bool isSection(const ConflictItem &item)
{
    return item.entityType == u"section_configuration";
}
} // namespace

// One change of the choices: the paths' choices before and after.
class ConflictChoiceCommand : public QUndoCommand
{
public:
    using Choices = QHash<QString, std::optional<FieldChoice>>;
    ConflictChoiceCommand(ConflictMergeModel *model, const QString &text, Choices before,
                          Choices after)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const Choices &choices)
    {
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            m_model->setChoice(it.key(), it.value());
        Q_EMIT m_model->choicesChanged();
    }
    ConflictMergeModel *m_model;
    Choices m_before;
    Choices m_after;
};

ConflictMergeModel::ConflictMergeModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{ }

void ConflictMergeModel::setConflict(const ConflictItem &item)
{
    beginResetModel();
    m_item = item;
    m_merge = mergeOf(item);
    m_rows.clear();
    for (qsizetype i = 0; i < m_merge.fields.size(); ++i) {
        if (m_merge.fields.at(i).kind != MergeFieldKind::Unchanged)
            m_rows.append(int(i));
    }
    m_choices.clear();
    m_undo->clear();
    endResetModel();
    Q_EMIT choicesChanged();
}

void ConflictMergeModel::clear()
{
    setConflict({});
}

int ConflictMergeModel::rowOf(const QString &path) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_merge.fields.at(m_rows.at(row)).path == path)
            return int(row);
    }
    return -1;
}

bool ConflictMergeModel::needsChoice(int row) const
{
    return field(row).kind == MergeFieldKind::Conflict;
}

int ConflictMergeModel::conflictCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += needsChoice(row) ? 1 : 0;
    return count;
}

int ConflictMergeModel::chosenCount() const
{
    return int(m_choices.size());
}

bool ConflictMergeModel::isComplete() const
{
    return hasConflict() && chosenCount() == conflictCount();
}

QString ConflictMergeModel::resolutionKind() const
{
    if (!isComplete())
        return {};
    bool allMine = true;
    bool allTheirs = true;
    for (const FieldChoice &choice : m_choices) {
        allMine = allMine && choice.side == FieldChoice::Side::Mine;
        allTheirs = allTheirs && choice.side == FieldChoice::Side::Theirs;
    }
    if (m_choices.isEmpty())
        return u"merged"_s; // nothing to choose: the one-sided changes merge by themselves
    return allMine ? u"mine"_s : allTheirs ? u"theirs"_s : u"merged"_s;
}

bool ConflictMergeModel::choose(const QString &path, std::optional<FieldChoice> choice)
{
    const int row = rowOf(path);
    if (row < 0 || !needsChoice(row))
        return false;
    const auto it = m_choices.constFind(path);
    const std::optional<FieldChoice> before
        = it == m_choices.cend() ? std::nullopt : std::optional<FieldChoice>(*it);
    const auto same = [](const std::optional<FieldChoice> &a, const std::optional<FieldChoice> &b) {
        if (a.has_value() != b.has_value())
            return false;
        return !a || (a->side == b->side && a->value == b->value);
    };
    if (same(before, choice))
        return false;
    const QString name = fieldName(path);
    QString text;
    if (!choice)
        text = tr("Clear the choice for %1").arg(name);
    else if (choice->side == FieldChoice::Side::Mine)
        text = sides().keepMineStep(name);
    else if (choice->side == FieldChoice::Side::Theirs)
        text = sides().keepTheirsStep(name);
    else
        text = tr("Set %1").arg(name);
    m_undo->push(new ConflictChoiceCommand(this, text, {{path, before}}, {{path, choice}}));
    return true;
}

void ConflictMergeModel::chooseAll(FieldChoice::Side side)
{
    ConflictChoiceCommand::Choices before;
    ConflictChoiceCommand::Choices after;
    for (int row = 0; row < rowCount(); ++row) {
        if (!needsChoice(row))
            continue;
        const QString &path = field(row).path;
        const auto it = m_choices.constFind(path);
        before.insert(path, it == m_choices.cend() ? std::nullopt : std::optional(*it));
        after.insert(path, FieldChoice {side, {}});
    }
    if (after.isEmpty())
        return;
    m_undo->push(new ConflictChoiceCommand(
        this, side == FieldChoice::Side::Mine ? sides().allMineStep() : sides().allTheirsStep(),
        before, after));
}

void ConflictMergeModel::setChoice(const QString &path, const std::optional<FieldChoice> &choice)
{
    if (choice)
        m_choices.insert(path, *choice);
    else
        m_choices.remove(path);
    const int row = rowOf(path);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Result<QJsonObject> ConflictMergeModel::result() const
{
    Result<QJsonObject> content = applyMergeChoices(m_merge, m_choices);
    if (!content || !isSection(m_item))
        return content;
    // The whole section as it is now, with the merged content: what the server will validate.
    QJsonObject whole = m_item.current.value_or(m_item.theirs);
    for (auto it = content->constBegin(); it != content->constEnd(); ++it)
        whole.insert(it.key(), it.value());
    Result<SectionConfig> decoded = sectionFromJson(whole);
    if (!decoded)
        return decoded.error();
    const QList<FieldError> errors = validateSection(sanitizeSection(decoded.value()));
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s, tr("The merged section is not valid."), errors};
    return content.value();
}

QString ConflictMergeModel::valueText(const QJsonValue &value)
{
    QString text;
    if (value.isUndefined())
        text = tr("(absent)");
    else if (value.isNull())
        text = tr("(none)");
    else if (value.isString())
        text = value.toString().isEmpty() ? tr("(empty)") : value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else if (value.isBool())
        text = value.toBool() ? tr("yes") : tr("no");
    else if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isString() ? item.toString() : jsonText(item));
        text = items.isEmpty() ? tr("(none)") : items.join(u", "_s);
    } else
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return text.size() > 200 ? text.left(200) + u'…' : text;
}

QString ConflictMergeModel::jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString ConflictMergeModel::kindText(MergeFieldKind kind) const
{
    switch (kind) {
    case MergeFieldKind::Unchanged:
        return tr("Unchanged");
    case MergeFieldKind::Mine:
        return sides().onlyMineChanged();
    case MergeFieldKind::Theirs:
        return sides().onlyTheirsChanged();
    case MergeFieldKind::Both:
        return tr("Both changed it alike: merged");
    case MergeFieldKind::Conflict:
        return tr("Both changed it differently: choose");
    }
    return {};
}

ConflictSides ConflictMergeModel::sides() const
{
    return ConflictSides(m_item.source);
}

QString ConflictMergeModel::fieldName(const QString &path) const
{
    return conflictPathDisplayName(m_item.entityType, path);
}

QJsonValue ConflictMergeModel::resultValue(int row) const
{
    const MergeField &f = field(row);
    const auto it = m_choices.constFind(f.path);
    if (it == m_choices.cend()) {
        switch (f.kind) {
        case MergeFieldKind::Mine:
        case MergeFieldKind::Both:
            return f.mine;
        case MergeFieldKind::Theirs:
            return f.theirs;
        default:
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    switch (it->side) {
    case FieldChoice::Side::Mine:
        return f.mine;
    case FieldChoice::Side::Theirs:
        return f.theirs;
    case FieldChoice::Side::Custom:
        return it->value;
    }
    return {};
}

int ConflictMergeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictMergeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictMergeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MergeField &f = field(index.row());
    const bool open = needsChoice(index.row()) && !m_choices.contains(f.path);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FieldColumn:
            return fieldName(f.path);
        case BaseColumn:
            return m_item.base ? valueText(f.base) : tr("(unknown)");
        case MineColumn:
            return valueText(f.mine);
        case TheirsColumn:
            return valueText(f.theirs);
        case ResultColumn:
            return open ? tr("Choose…") : valueText(resultValue(index.row()));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FieldColumn || index.column() == ResultColumn)
            return kindText(f.kind);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::FontRole && index.column() == ResultColumn && open) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == KindRole)
        return mergeFieldKindName(f.kind);
    if (role == IdRole)
        return f.path;
    if (role == ChangedRole) {
        // Which side the result comes from, for the delegate's marks: "mine", "theirs",
        // "custom", "" (nothing chosen yet).
        const auto it = m_choices.constFind(f.path);
        if (it != m_choices.cend())
            return it->side == FieldChoice::Side::Mine  ? u"mine"_s
                : it->side == FieldChoice::Side::Theirs ? u"theirs"_s
                                                        : u"custom"_s;
        return f.kind == MergeFieldKind::Theirs  ? u"theirs"_s
            : f.kind == MergeFieldKind::Conflict ? QString()
                                                 : u"mine"_s;
    }
    if (role == ConflictRole)
        return needsChoice(index.row());
    return {};
}

QVariant ConflictMergeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BaseColumn:
        return tr("Before both");
    case MineColumn:
        return sides().mineColumn();
    case TheirsColumn:
        return sides().theirsColumn();
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace wedsync

#include "ConfigModels.h"

#include "JsonDiff.h"
#include "ThreeWayMerge.h"
#include "TimeText.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// A row's value text as JSON: a value that is not JSON is taken as text.
QJsonValue parsedValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QString());
    return jsonValueFromText(trimmed).value_or(QJsonValue(text));
}

} // namespace

QString configChangeSentence(const ConfigChange &change)
{
    switch (change.kind) {
    case ConfigChange::Kind::Added:
        return QCoreApplication::translate("wedsync::ConfigModels", "“%1” was set to “%2”.")
            .arg(change.path, jsonDiffValueText(change.after));
    case ConfigChange::Kind::Removed:
        return QCoreApplication::translate("wedsync::ConfigModels",
                                           "“%1” was removed (it was “%2”).")
            .arg(change.path, jsonDiffValueText(change.before));
    case ConfigChange::Kind::Changed:
        break;
    }
    return QCoreApplication::translate("wedsync::ConfigModels", "“%1” changed from “%2” to “%3”.")
        .arg(change.path, jsonDiffValueText(change.before), jsonDiffValueText(change.after));
}

// ConfigFieldModel

QString ConfigFieldModel::layerTip(ConfigLayer layer, bool sets)
{
    switch (layer) {
    case ConfigLayer::Platform:
        return sets ? tr("What the platform sets itself (bold: the value in effect).")
                    : tr("The platform sets nothing here.");
    case ConfigLayer::Tenant:
        return sets ? tr("What the organization sets itself (bold: the value in effect).")
                    : tr("The organization sets nothing here.");
    case ConfigLayer::User:
        return sets ? tr("What the member sets themselves (bold: the value in effect).")
                    : tr("The member sets nothing here.");
    }
    return {};
}

QStringList ConfigFieldModel::headerNames() const
{
    return {tr("Field"),     tr("Platform"), tr("Organization"),  tr("Member"),
            tr("Effective"), tr("From"),     tr("Why this value")};
}

void ConfigFieldModel::setLayerDocument(ConfigLayer layer, const QJsonObject &document)
{
    m_layers[slotOf(layer)] = document;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, columnOf(layer)),
                           index(int(m_items.size()) - 1, columnOf(layer)));
}

void ConfigFieldModel::forgetLayers()
{
    m_layers = {};
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, PlatformColumn), index(int(m_items.size()) - 1, UserColumn));
}

int ConfigFieldModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).path == path)
            return row;
    }
    return -1;
}

QVariant ConfigFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldProvenance &field = m_items.at(index.row());
    const int column = index.column();
    if (column >= PlatformColumn && column <= UserColumn) {
        const ConfigLayer layer = column == PlatformColumn ? ConfigLayer::Platform
            : column == TenantColumn                       ? ConfigLayer::Tenant
                                                           : ConfigLayer::User;
        const std::optional<QJsonObject> &document = m_layers[slotOf(layer)];
        if (!document)
            return {};
        const QJsonValue own = jsonAtPath(*document, field.path);
        if (role == Qt::DisplayRole)
            return own.isUndefined() ? u"—"_s : jsonDiffValueText(own);
        if (role == Qt::ToolTipRole)
            return own.isUndefined() ? layerTip(layer, false)
                                     : jsonDiffValueText(own) + u"\n"_s + layerTip(layer, true);
        if (role == Qt::FontRole && layer == field.layer && !own.isUndefined()) {
            QFont font; // the layer whose value is in effect
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case FieldColumn:
            return field.path;
        case ValueColumn:
            return jsonDiffValueText(field.value);
        case LayerColumn:
            return field.deviates() ? tr("%1 (held back)").arg(configLayerDisplayName(field.layer))
                                    : configLayerDisplayName(field.layer);
        case WhyColumn:
            return whyThisValue(field);
        }
    }
    if (role == Qt::FontRole && field.deviates()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

// ConfigHistoryModel

QStringList ConfigHistoryModel::headerNames() const
{
    return {tr("Version"), tr("When"), tr("By"), tr("Summary")};
}

void ConfigHistoryModel::append(const QList<ConfigHistoryRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + rows.size() - 1));
    m_items.append(rows);
    endInsertRows();
}

QVariant ConfigHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigHistoryRow &row = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VersionColumn:
            return QString::number(row.version);
        case WhenColumn:
            return timeText(row.occurredAt);
        case ByColumn:
            if (!row.changedBy.isEmpty())
                return row.changedBy;
            return row.changedById.isEmpty() ? tr("WedSync (automatic)")
                                             : tr("(a removed account)");
        case SummaryColumn:
            return row.summary;
        }
    }
    if (role == Qt::UserRole)
        return row.version;
    return {};
}

// ConfigDocumentModel

ConfigDocumentModel::ConfigDocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConfigDocumentModel::setDocument(const QJsonObject &document)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[path, value] : jsonLeaves(document))
        m_rows.append(Row {path, jsonDiffValueText(value), {}});
    m_modified = false;
    endResetModel();
}

bool ConfigDocumentModel::document(QJsonObject *out, QString *problem) const
{
    QJsonObject document;
    for (const Row &row : m_rows) {
        const QString path = row.path.trimmed();
        if (path.isEmpty())
            continue; // an empty row is no field
        if (!setJsonPath(&document, path, parsedValue(row.value))) {
            if (problem)
                *problem = tr("The field “%1” cannot be written there: another field holds a "
                              "value on its way.")
                               .arg(path);
            return false;
        }
    }
    *out = document;
    return true;
}

int ConfigDocumentModel::addRow(const QString &path, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {path, value, {}});
    endInsertRows();
    m_modified = true;
    return row;
}

void ConfigDocumentModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_modified = true;
}

int ConfigDocumentModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).path == path)
            return row;
    }
    return -1;
}

QStringList ConfigDocumentModel::setErrors(const QHash<QString, QString> &errors)
{
    QStringList unplaced;
    for (Row &row : m_rows)
        row.error.clear();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        QString path = it.key();
        if (path.startsWith(u"document."_s))
            path = path.mid(9);
        // The closest row at or below the field named (an object's error names its parent).
        int found = rowOfPath(path);
        for (int row = 0; found < 0 && row < m_rows.size(); ++row) {
            if (m_rows.at(row).path.startsWith(path + u'.'))
                found = row;
        }
        if (found < 0)
            unplaced.append(it.key() + u": "_s + it.value());
        else
            m_rows[found].error = it.value();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ErrorColumn), index(int(m_rows.size()) - 1, ErrorColumn));
    return unplaced;
}

QString ConfigDocumentModel::errorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : QString();
}

int ConfigDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant ConfigDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PathColumn:
            return row.path;
        case ValueColumn:
            return row.value;
        case ErrorColumn:
            return row.error;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ErrorColumn && !row.error.isEmpty())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

bool ConfigDocumentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == ErrorColumn)
        return false;
    Row &row = m_rows[index.row()];
    QString &target = index.column() == PathColumn ? row.path : row.value;
    if (target == value.toString())
        return false;
    target = value.toString();
    row.error.clear();
    m_modified = true;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ErrorColumn));
    return true;
}

Qt::ItemFlags ConfigDocumentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ErrorColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ConfigDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case ErrorColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace wedsync

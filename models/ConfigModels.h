#pragma once
// The Settings screen's tables (filled by ui/config from services/config; they never fetch):
// the effective values with "why this value" per field, the history of a scope's document,
// the key/value editor of the scope's own document with the server's per-field errors, and
// the sentences a diff between two versions reads as.

#include "ConfigDiff.h"
#include "ConfigProvenance.h"
#include "ConfigScope.h"
#include "ItemTableModel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <array>
#include <optional>

namespace wedsync {

// "“providers.sms.provider” changed from “twilio” to “messagebird”." (translated).
QString configChangeSentence(const ConfigChange &change);

// The effective values with, side by side, what each layer sets itself at that field: the
// platform, the organization and the member (a layer that sets nothing there shows a dash, a
// layer not loaded shows nothing), then the value that wins, where it came from and why.
class ConfigFieldModel : public ItemTableModel<FieldProvenance, 7>
{
    Q_OBJECT
public:
    enum Column {
        FieldColumn,
        PlatformColumn,
        TenantColumn,
        UserColumn,
        ValueColumn,
        LayerColumn,
        WhyColumn
    };
    using ItemTableModel::ItemTableModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOfPath(const QString &path) const;
    // What `layer` sets itself (sparse, secrets redacted); forgetLayers() before another scope.
    void setLayerDocument(ConfigLayer layer, const QJsonObject &document);
    void forgetLayers();
    bool hasLayer(ConfigLayer layer) const { return m_layers[slotOf(layer)].has_value(); }
    static int columnOf(ConfigLayer layer) { return PlatformColumn + int(slotOf(layer)); }

protected:
    QStringList headerNames() const override;

private:
    static QString layerTip(ConfigLayer layer, bool sets);
    static size_t slotOf(ConfigLayer layer)
    {
        return layer == ConfigLayer::Platform ? 0 : layer == ConfigLayer::Tenant ? 1 : 2;
    }
    std::array<std::optional<QJsonObject>, 3> m_layers; // platform, organization, member
};

struct ConfigHistoryRow
{
    QString id;
    qint64 version = 0;
    QString summary;
    QString changedById; // empty: WedSync itself (a propagation)
    QString changedBy; // display name or e-mail; empty: the account no longer exists
    QDateTime occurredAt;
};

class ConfigHistoryModel : public ItemTableModel<ConfigHistoryRow, 4>
{
    Q_OBJECT
public:
    enum Column { VersionColumn, WhenColumn, ByColumn, SummaryColumn };
    using ItemTableModel::ItemTableModel;
    void append(const QList<ConfigHistoryRow> &rows);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headerNames() const override;
};

// The scope's own document as rows of (dotted path, value as JSON text); editable. An error
// from the server names a field ("document.providers.sms.provider" or the bare path) and is
// shown in the row's third column.
class ConfigDocumentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, ValueColumn, ErrorColumn };
    explicit ConfigDocumentModel(QObject *parent = nullptr);

    void setDocument(const QJsonObject &document);
    // The document the rows make; false (and `problem` names the row) when a path or value
    // does not read. A value that is not JSON is taken as text.
    bool document(QJsonObject *out, QString *problem) const;
    bool isModified() const { return m_modified; }
    int addRow(const QString &path = {}, const QString &value = {});
    void removeRow(int row);
    int rowOfPath(const QString &path) const;
    // Per-field errors (field → message); the rows they name show them, the rest come back.
    QStringList setErrors(const QHash<QString, QString> &errors);
    QString errorAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        QString value;
        QString error;
    };
    QList<Row> m_rows;
    bool m_modified = false;
};

} // namespace wedsync

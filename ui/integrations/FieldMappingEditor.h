#pragma once
// Edits a field mapping as a table: for each WedSync field, the column of the CRM or file it
// comes from, the change applied (trim, date format, phone to E.164, …) with its argument, and
// what the first sample row gives — so a wrong date format shows before anything is imported.
// Used by the connection wizard and the file import.

#include "ClientFields.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace wedsync {

class FieldMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldMappingEditor(QWidget *parent = nullptr);

    // The columns a source row has (offered in each row's column list) and sample rows.
    void setSource(const QStringList &columns, const QList<SourceRow> &samples);
    void setMapping(const FieldMapping &mapping);
    FieldMapping mapping() const;
    // Replaces the mapping by the one suggested for the columns.
    void suggest();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow(const FieldMappingEntry &entry);
    void updatePreview();

    QStringList m_columns;
    QList<SourceRow> m_samples;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_suggest;
};

} // namespace wedsync

#pragma once
// The Settings screen's editor of the chosen scope's own document: one row per field (dotted
// path and value), saved on the version shown (a change made elsewhere meanwhile is refused and
// offered for reload, never overwritten), or proposed as a change request for another admin to
// approve. The server's per-field errors show beside their fields.

#include "config/ConfigRecords.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wedsync {

struct ApiError;
class ConfigActions;
class ConfigDocumentModel;

class ConfigEditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigEditPanel(ConfigActions *actions, QWidget *parent = nullptr);

    // A fresh view: the editor follows it unless it holds edits (then it says so).
    void setView(const ConfigView &view);
    void clear();
    void setWritable(bool mayWrite, bool mayPropose, const QString &readOnlyText);
    bool hasUnsavedChanges() const;

    ConfigDocumentModel *document() const { return m_model; }
    QTableView *documentView() const { return m_view; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *reloadButton() const { return m_reload; }
    QLabel *messageLabel() const { return m_message; }
    qint64 baseVersion() const { return m_base.version; }

Q_SIGNALS:
    // The user asked for the settings as they are now (after a stale write).
    void reloadRequested();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void save(bool asRequest);
    void onFailed(const QString &what, const ApiError &error);
    void showMessage(const QString &text, bool offerReload = false);
    void updateButtons();

    ConfigActions *m_actions;
    ConfigDocumentModel *m_model;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_summaryLabel;
    QLineEdit *m_summary;
    QPushButton *m_save;
    QPushButton *m_propose;
    QPushButton *m_reload;
    QLabel *m_message;
    ConfigView m_base; // the view the edits are based on (its version goes in If-Match)
    bool m_hasBase = false;
    bool m_mayWrite = false;
    bool m_mayPropose = false;
    bool m_newerElsewhere = false;
    QString m_readOnlyText;
};

} // namespace wedsync

#pragma once
// Imports a CSV export or a vCard file into one CRM connection: choose the file, see its first
// rows, map its columns (suggested from the header), check how many clients will be created,
// updated or skipped and why, then import with a progress bar and a report. Cancel stops after
// the batch being sent and says so; nothing is half-imported without a line in the job's log.

#include "CrmRecords.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace wedsync {

class FieldMappingEditor;
class FileImportRun;
class UserPrompts;
struct FileImportReport;

class FileImportDialog : public QDialog
{
    Q_OBJECT
public:
    FileImportDialog(const CrmIntegration &integration, FileImportRun *run, UserPrompts *prompts,
                     QWidget *parent = nullptr);

    // Reads `path` as if chosen (the Choose button asks UserPrompts for it).
    void openFile(const QString &path);
    FieldMappingEditor *mappingEditor() const { return m_mapping; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QLabel *resultLabel() const { return m_result; }
    // The chosen file's name and kind, or why it cannot be imported.
    QLabel *fileLabel() const { return m_fileLabel; }
    QProgressBar *progressBar() const { return m_progress; }

    void reject() override;

Q_SIGNALS:
    // An import ended (completed, cancelled or failed): the screen reloads its jobs.
    void imported(const QString &jobId);

private:
    void chooseFile();
    void onFinished(const FileImportReport &report);
    void setRunning(bool running);
    void updateButtons();

    CrmIntegration m_integration;
    FileImportRun *m_run;
    UserPrompts *m_prompts;
    QString m_path;
    qint64 m_checkedRows = 0;
    bool m_checked = false;
    QPushButton *m_choose;
    QLabel *m_fileLabel;
    QLabel *m_notices;
    QTableWidget *m_preview;
    FieldMappingEditor *m_mapping;
    QProgressBar *m_progress;
    QLabel *m_result;
    QListWidget *m_skipped;
    QPushButton *m_check;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
};

} // namespace wedsync

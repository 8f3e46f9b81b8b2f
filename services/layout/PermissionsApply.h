#pragma once
// Sends a whole permission change the server applies as one audited transaction (an imported
// file, or a role copied onto another): all rows or none, each section at the version the
// preview was made from, so a preview someone else has overtaken is refused rather than
// applied unseen.

#include "api/ApiError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace wedsync {

class ApiClient;
class ApiReply;

class PermissionsApply : public QObject
{
    Q_OBJECT
public:
    explicit PermissionsApply(ApiClient *api, QObject *parent = nullptr);
    ~PermissionsApply() override;

    // Imports `document` (the file's JSON) into the organization's default (empty weddingId)
    // or one wedding's dashboard, expecting each section at the version given.
    bool importDocument(const QString &organizationId, const QString &weddingId,
                        const QJsonObject &document, const QHash<QString, qint64> &versions);
    bool isRunning() const;
    // Reads the permission templates the organization may apply: its effective permission
    // settings (the platform's templates and its own), answered by templatesRead.
    void readTemplates(const QString &organizationId);

Q_SIGNALS:
    // ok: the server's answer (the diff applied); else the error (412: a section moved on
    // since the preview; 422: the file's rows, per field).
    void finished(bool ok, const QJsonObject &answer, const wedsync::ApiError &error);
    // `rbac`: the effective permission settings ({templates: {id: {label, description,
    // sections}}}); when not `ok`, `error` says why they could not be read.
    void templatesRead(const QString &organizationId, bool ok, const QJsonObject &rbac,
                       const wedsync::ApiError &error);

private:
    ApiClient *m_api;
    QPointer<ApiReply> m_reply;
    QPointer<ApiReply> m_templates;
};

} // namespace wedsync

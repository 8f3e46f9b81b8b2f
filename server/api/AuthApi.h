#pragma once
// /api/v1/auth: login, refresh, logout and "who am I".
// With a worker pool, login checks the password (Argon2id) on a worker and answers later
// (http/PendingAnswer), so that a login never holds up the requests behind it.

#include "common/WorkQueue.h"
#include "http/Router.h"

namespace wedsync::server {

class AuthService;
class Authenticator;
struct LoginAttempt;
struct PasswordCheck;

class AuthApi
{
public:
    AuthApi(AuthService &service, Authenticator &authenticator);
    void registerRoutes(Router &router);
    // Where login's password checks run; null: on the caller's thread. Not owned; it must be
    // destroyed before this object goes (the finishes it hands back call this object).
    void setWorkers(WorkQueue *workers) { m_workers = workers; }

private:
    ApiResponse login(ApiRequest &request);
    // The end of a login once its password was checked (on this object's thread).
    ApiResponse finishLogin(const LoginAttempt &attempt, const PasswordCheck &check,
                            const ApiRequest &request);
    ApiResponse refresh(ApiRequest &request);
    ApiResponse logout(ApiRequest &request);
    ApiResponse me(ApiRequest &request);

    AuthService &m_service;
    Authenticator &m_authenticator;
    WorkQueue *m_workers = nullptr;
};

} // namespace wedsync::server

// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit: a test fails when it is stale.

export interface paths {
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's API keys, without the keys themselves (administrators). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first, revoked keys included. */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /** @description The administrator who created it. */
                                createdBy: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @description When it was last used, to the minute; null if never. */
                                lastUsedAt: string | null;
                                name: string;
                                /** @description When it was revoked; a revoked key gets 401. */
                                revokedAt: string | null;
                                /**
                                 * @description `read` may only read (GET); `write` may also create and change.
                                 * @enum {unknown}
                                 */
                                scope: "read" | "write";
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key for an ATS (administrators). The key is in this response only.
         * @description Send it as `Authorization: Bearer <key>` to the integration operations. A read key may only read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the key is for, e.g. the ATS it is given to; audit events name it. */
                        name: string;
                        /**
                         * @description `read` may only read (GET); `write` may also create and change.
                         * @enum {unknown}
                         */
                        scope: "read" | "write";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description The administrator who created it. */
                            createdBy: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description The key, for `Authorization: Bearer <key>`. Shown only this once: Samtale keeps only a keyed hash of it. */
                            key: string;
                            /** @description When it was last used, to the minute; null if never. */
                            lastUsedAt: string | null;
                            name: string;
                            /** @description When it was revoked; a revoked key gets 401. */
                            revokedAt: string | null;
                            /**
                             * @description `read` may only read (GET); `write` may also create and change.
                             * @enum {unknown}
                             */
                            scope: "read" | "write";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once (administrators); its next request gets 401. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidate's "Application and CV": candidate, application, project and history. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                submittedAt: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                updatedAt: string;
                            };
                            /** @description Invitations to choose a time from offered slots, newest first. */
                            bookingInvitations: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                deadlineAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @description Still not booked two working days after the invitation to book. */
                                noReply: boolean;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                offerId: string;
                                /** @enum {unknown} */
                                offerStatus: "open" | "closed";
                                /** @description The slot booked, if any. */
                                slot: {
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    endsAt: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    startsAt: string;
                                } | null;
                                /** @enum {unknown} */
                                status: "awaiting" | "booked" | "new_time_requested" | "not_relevant";
                            }[];
                            candidate: {
                                email: string;
                                firstName: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                language: string;
                                lastName: string;
                                mobile: string | null;
                            };
                            /** @description What happened to the application and candidate, oldest first. */
                            history: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    name: string | null;
                                    /**
                                     * @description Who did it; an ATS's change names the API key it used, by its name.
                                     * @enum {unknown}
                                     */
                                    type: "user" | "candidate" | "system" | "api_key";
                                };
                                after: unknown;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                at: string;
                                before: unknown;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                subject: {
                                    id: string;
                                    type: string;
                                };
                            }[];
                            invitations: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                interview: {
                                    durationMinutes: number;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    endsAt: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    location: string | null;
                                    meetingUrl: string | null;
                                    /** @description A slot offered for booking: its offer (GET /api/booking-offers/{offerId}). */
                                    offerId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    projectId: string;
                                    recruiters: {
                                        email: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        name: string;
                                    }[];
                                    sequence: number;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    startsAt: string;
                                    /** @enum {unknown} */
                                    status: "scheduled" | "cancelled";
                                    /** @enum {unknown} */
                                    type: "phone" | "in_person" | "group" | "video";
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                interviewId: string;
                                language: string;
                                /** @description Still awaiting an answer two working days (Monday–Friday, local time) after it was sent. */
                                noReply: boolean;
                                /**
                                 * @description The candidate's answer ("Acc. time").
                                 * @enum {unknown}
                                 */
                                responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                            }[];
                            /** @description Emails and SMS to the candidate, with delivery status. */
                            messages: {
                                attempts: number;
                                /** @enum {unknown} */
                                channel: "email" | "sms";
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                dueAt: string;
                                /** @description Why the last delivery attempt failed. */
                                error: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @description The interview invitation it belongs to, if any. */
                                invitationId: string | null;
                                /** @enum {unknown} */
                                kind: "interview_invitation" | "booking_invitation" | "recruiter_calendar" | "reminder" | "interview_cancellation" | "booking_confirmation" | "answer_notice" | "user_invitation" | "password_reset";
                                recipient: string;
                                sentAt: string | null;
                                /** @enum {unknown} */
                                status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                                subject: string;
                            }[];
                            project: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                owner: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    name: string;
                                };
                                reference: string;
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                title: string;
                            };
                            /** @description The interview reminders: channel, when due, and whether sent, waiting or cancelled. */
                            reminders: {
                                /** @enum {unknown} */
                                channel: "email" | "sms";
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                dueAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @description The interview invitation it belongs to, if any. */
                                invitationId: string | null;
                                sentAt: string | null;
                                /** @enum {unknown} */
                                status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the "Status for the project" of one or more applications at once; an unknown id changes nothing (404). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One application, or all the invitees of a group interview. */
                        applicationIds: string[];
                        /**
                         * @description An application the candidate withdrew keeps "withdrawn" (outcome kept_withdrawn) unless this is true.
                         * @default false
                         */
                        reopenWithdrawn?: boolean;
                        /**
                         * @description Any status for the project may be chosen, so that a mistake can be undone. An application already in it is left alone.
                         * @enum {unknown}
                         */
                        status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The applications in the order asked, each with its status now. */
                            items: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * @description changed (an audit event records it), unchanged (already in the status) or kept_withdrawn.
                                 * @enum {unknown}
                                 */
                                outcome: "changed" | "unchanged" | "kept_withdrawn";
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/choose-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from an invitation or password-reset link; the link is used up and the user's sessions end. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At least 12 characters. */
                        password: string;
                        /** @description The token from the link in the email (after `#`). */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a link to choose a new password (valid one hour) to the address, if it belongs to a user; the answer is the same either way. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The same whether or not the address has a user. */
                            message: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; sets the session cookie. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Which messages this server keeps for reading instead of sending. */
                            developmentTransports: {
                                /** @description The development mailbox is active (no SMTP_URL): emails are kept at /api/dev-mailbox, not sent. */
                                mailbox: boolean;
                                /** @description The development SMS box is active (no Twilio configured): text messages are kept at /api/dev-sms, not sent. */
                                sms: boolean;
                            };
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            organisation: {
                                /** @enum {unknown} */
                                defaultLanguage: "da" | "en" | "sv" | "nb";
                                defaultSenderAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                languages: ("da" | "en" | "sv" | "nb")[];
                                name: string;
                                smsEnabled: boolean;
                                /** @description IANA time zone, e.g. Europe/Copenhagen. */
                                timeZone: string;
                            };
                            /** @enum {unknown} */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders. */
                            smsAccess: boolean;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session and clear the cookie. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who an invitation or password-reset link is for, while it works (404 for unknown, used and expired links alike). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token from the link in the email (after `#`). */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            purpose: "invitation" | "password_reset";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking-offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer: each slot booked or free, and where each invited applicant stands. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            deadlineAt: string;
                            durationMinutes: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitees: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                bookingInvitationId: string;
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                /** @description Still not booked two working days after the email: time to follow up. */
                                noReply: boolean;
                                /** @description The booked slot. */
                                slotId: string | null;
                                /** @enum {unknown} */
                                status: "awaiting" | "booked" | "new_time_requested" | "not_relevant";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            projectTitle: string;
                            recruiters: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            seatsPerSlot: number;
                            slots: {
                                booked: number;
                                bookings: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    applicationId: string;
                                    candidate: {
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        lastName: string;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    invitationId: string;
                                }[];
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                seats: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "cancelled";
                            }[];
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking-offers/{offerId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the offer: no more booking, changing or cancelling from it. Booked slots stay as interviews. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            deadlineAt: string;
                            durationMinutes: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitees: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                bookingInvitationId: string;
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                /** @description Still not booked two working days after the email: time to follow up. */
                                noReply: boolean;
                                /** @description The booked slot. */
                                slotId: string | null;
                                /** @enum {unknown} */
                                status: "awaiting" | "booked" | "new_time_requested" | "not_relevant";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            projectTitle: string;
                            recruiters: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            seatsPerSlot: number;
                            slots: {
                                booked: number;
                                bookings: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    applicationId: string;
                                    candidate: {
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        lastName: string;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    invitationId: string;
                                }[];
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                seats: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "cancelled";
                            }[];
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking-offers/{offerId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email each applicant who has not booked or answered their invitation to book again, marked as a reminder. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reminded: number;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking-offers/{offerId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add times to an open offer, like its others: same length, recruiters and seats. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Between one slot and the next in a window. */
                        breakMinutes?: number;
                        /** @description Slots picked one by one, each lasting the slot length. */
                        slots?: {
                            /**
                             * Format: date
                             * @description Local date in the organisation's zone, YYYY-MM-DD.
                             */
                            date: string;
                            /** @description Local time, HH:MM. */
                            time: string;
                        }[];
                        /** @description Stretches of a day filled with slots back to back. */
                        windows?: {
                            /**
                             * Format: date
                             * @description Local date in the organisation's zone, YYYY-MM-DD.
                             */
                            date: string;
                            /** @description Local time, HH:MM. */
                            from: string;
                            /** @description Local time, HH:MM. */
                            to: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            deadlineAt: string;
                            durationMinutes: number;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitees: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                bookingInvitationId: string;
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                /** @description Still not booked two working days after the email: time to follow up. */
                                noReply: boolean;
                                /** @description The booked slot. */
                                slotId: string | null;
                                /** @enum {unknown} */
                                status: "awaiting" | "booked" | "new_time_requested" | "not_relevant";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            projectTitle: string;
                            recruiters: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            seatsPerSlot: number;
                            slots: {
                                booked: number;
                                bookings: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    applicationId: string;
                                    candidate: {
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        lastName: string;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    invitationId: string;
                                }[];
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                seats: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "cancelled";
                            }[];
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recruitment calendar: interviews overlapping a window, with each invitee's answer, no-reply flag and reminder. */
        get: {
            parameters: {
                query: {
                    /** @description Start of the window (inclusive), an ISO 8601 instant with its offset. */
                    from: string;
                    /** @description Only interviews of this project. */
                    projectId?: string;
                    /** @description Only interviews this recruiter takes part in. */
                    recruiterId?: string;
                    /** @description End of the window (exclusive); at most 92 days after from on the organisation's calendar. */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            from: string;
                            /** @description Interviews overlapping [from, to), by start time. */
                            items: {
                                /** @description The start's local date in the organisation's zone, YYYY-MM-DD. */
                                date: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                invitees: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    applicationId: string;
                                    /**
                                     * @description Status for the project.
                                     * @enum {unknown}
                                     */
                                    applicationStatus: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                    candidate: {
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        lastName: string;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    invitationId: string;
                                    /** @description Still awaiting an answer two working days (Monday–Friday, local time) after it was sent. */
                                    noReply: boolean;
                                    reminder: {
                                        dueAt: string | null;
                                        /**
                                         * @description Of the reminder email and/or SMS: queued while one is still to go, else sent if one went, else failed, else cancelled.
                                         * @enum {unknown}
                                         */
                                        status: "none" | "queued" | "sent" | "cancelled" | "failed";
                                    };
                                    /**
                                     * @description The candidate's answer ("Acc. time").
                                     * @enum {unknown}
                                     */
                                    responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                                }[];
                                location: string | null;
                                meetingUrl: string | null;
                                /** @description A slot offered for booking: free while booked is 0; a booked one has its candidates as invitees. */
                                offer: {
                                    booked: number;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    seats: number;
                                } | null;
                                project: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    title: string;
                                };
                                recruiters: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    name: string;
                                }[];
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                                /** @enum {unknown} */
                                status: "scheduled" | "cancelled";
                                /** @description The start's local time in the organisation's zone, HH:MM. */
                                time: string;
                                /** @enum {unknown} */
                                type: "phone" | "in_person" | "group" | "video";
                            }[];
                            /** @description The organisation's IANA zone, in which date and time are given. */
                            timeZone: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            to: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recruiter's personal iCalendar feed (read-only): their scheduled interviews from 30 days back to 365 days ahead. */
        get: {
            parameters: {
                query: {
                    /** @description From POST /api/me/calendar-feed. */
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed (RFC 5545, text/calendar; charset=utf-8): one event per interview, no METHOD. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails the development transport delivered for your organisation, newest first (only without SMTP_URL). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                deliveredAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                outboxId: string;
                                recipient: string;
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-mailbox/{mailId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivered email: its text and HTML parts and the raw MIME. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    mailId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            html: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description The complete MIME message as SMTP would have carried it. */
                            raw: string;
                            subject: string;
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-mailbox/{mailId}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivered email's HTML part as a document for a sandboxed frame of the web app; its links open a new tab. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    mailId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The HTML document. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Text messages the development transport delivered for your organisation, newest first (only without Twilio). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                deliveredAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                outboxId: string;
                                recipient: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the service and its database answer, and whether messages are being delivered.
         * @description Answers 200 while the database answers, also when degraded: a mail outage is no reason to stop serving recruiters.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outbox?: {
                                /** @description Messages held by a worker whose lease ran out: it stopped without a word. */
                                claimedPastLease: number;
                                /** @description Messages given up as failed in the last hour. */
                                failedLastHour: number;
                                /** @description The latest failed try among the messages waiting for a retry or failed in the last hour. */
                                lastError: {
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    at: string;
                                    /** @description The server's answer, addresses and numbers blanked. */
                                    message: string;
                                } | null;
                                /** @description Age of the oldest message not yet delivered (queued, in flight or waiting for a retry), counted from when it first fell due. */
                                oldestOverdueSeconds: number | null;
                                /** @description Messages due and waiting for a worker. */
                                overdue: number;
                                /** @description Messages a worker is sending now. */
                                sending: number;
                                /** @description Messages whose last try failed, waiting for the next. */
                                waitingForRetry: number;
                            };
                            /** @description `delivery_failing`: messages wait for a retry (the mail or SMS service refuses or does not answer); `sender_stalled`: a worker holds messages past its lease (it most likely crashed; another worker takes them over); `falling_behind`: the oldest undelivered message has waited more than 5 minutes (no worker runs, or it cannot keep up). */
                            problems?: ("delivery_failing" | "sender_stalled" | "falling_behind")[];
                            /**
                             * @description `degraded`: the service answers but delivery is in trouble (see `problems`); `unavailable`: the database does not answer.
                             * @enum {unknown}
                             */
                            status: "ok" | "degraded" | "unavailable";
                            worker?: {
                                /** @description Whether this process runs the outbox worker (RUN_WORKER). */
                                inProcess: boolean;
                                /** @description When this process's worker last finished a pass. */
                                lastTickAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outbox?: {
                                /** @description Messages held by a worker whose lease ran out: it stopped without a word. */
                                claimedPastLease: number;
                                /** @description Messages given up as failed in the last hour. */
                                failedLastHour: number;
                                /** @description The latest failed try among the messages waiting for a retry or failed in the last hour. */
                                lastError: {
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    at: string;
                                    /** @description The server's answer, addresses and numbers blanked. */
                                    message: string;
                                } | null;
                                /** @description Age of the oldest message not yet delivered (queued, in flight or waiting for a retry), counted from when it first fell due. */
                                oldestOverdueSeconds: number | null;
                                /** @description Messages due and waiting for a worker. */
                                overdue: number;
                                /** @description Messages a worker is sending now. */
                                sending: number;
                                /** @description Messages whose last try failed, waiting for the next. */
                                waitingForRetry: number;
                            };
                            /** @description `delivery_failing`: messages wait for a retry (the mail or SMS service refuses or does not answer); `sender_stalled`: a worker holds messages past its lease (it most likely crashed; another worker takes them over); `falling_behind`: the oldest undelivered message has waited more than 5 minutes (no worker runs, or it cannot keep up). */
                            problems?: ("delivery_failing" | "sender_stalled" | "falling_behind")[];
                            /**
                             * @description `degraded`: the service answers but delivery is in trouble (see `problems`); `unavailable`: the database does not answer.
                             * @enum {unknown}
                             */
                            status: "ok" | "degraded" | "unavailable";
                            worker?: {
                                /** @description Whether this process runs the outbox worker (RUN_WORKER). */
                                inProcess: boolean;
                                /** @description When this process's worker last finished a pass. */
                                lastTickAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/applications/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidate's application your ATS knows by this external id (read or write key). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            externalId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            project: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            /**
                             * @description Status for the project.
                             * @enum {unknown}
                             */
                            status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            submittedAt: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or update the candidate's application to a project your ATS knows by this external id (write key).
         * @description 201 when it was created, 200 when it existed. Idempotent: the same request again changes nothing and answers 200. Fields left out keep their values. The project and candidate must exist (400 otherwise). The candidate's application to the project made by hand in Samtale is taken over; 409 when it has another external id, or when the application would move to another project or candidate.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The external id of a candidate created with PUT /api/integration/candidates/{externalId}. */
                        candidateExternalId: string;
                        /** @description The external id of a project created with PUT /api/integration/projects/{externalId}. */
                        projectExternalId: string;
                        /**
                         * @description Status for the project. Left out: `received` for a new application; an existing one keeps the status Samtale gave it (e.g. invited to interview).
                         * @enum {unknown}
                         */
                        status?: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                        /**
                         * Format: date-time
                         * @description When the candidate applied; now when left out. Only a new application takes it.
                         */
                        submittedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            externalId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            project: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            /**
                             * @description Status for the project.
                             * @enum {unknown}
                             */
                            status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            submittedAt: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            externalId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            project: {
                                /** @description Null for a record made in Samtale. */
                                externalId: string | null;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            };
                            /**
                             * @description Status for the project.
                             * @enum {unknown}
                             */
                            status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            submittedAt: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/candidates/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidate your ATS knows by this external id (read or write key). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            firstName: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            language: string;
                            lastName: string;
                            mobile: string | null;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or update the candidate your ATS knows by this external id (write key).
         * @description 201 when it was created, 200 when it existed. Idempotent: the same request again changes nothing and answers 200. Fields left out keep their values.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        firstName: string;
                        /** @description The candidate's language for emails and the answer page. Left out: your organisation's default for a new candidate; an existing one keeps theirs. */
                        language?: "da" | "en" | "sv" | "nb";
                        lastName: string;
                        /** @description A mobile number, stored in E.164 (without a country prefix it is read as Danish). Null removes it; left out, it is kept. */
                        mobile?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            firstName: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            language: string;
                            lastName: string;
                            mobile: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            firstName: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            language: string;
                            lastName: string;
                            mobile: string | null;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/projects/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recruitment project your ATS knows by this external id (read or write key). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or update the recruitment project your ATS knows by this external id (write key).
         * @description 201 when it was created, 200 when it existed. Idempotent: the same request again changes nothing and answers 200. Fields left out keep their values.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ATS's own id; unique within your organisation. */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description A user of your organisation who owns the project. Left out: a new project is owned by the key's creator, an existing one keeps its owner.
                         */
                        ownerEmail?: string;
                        /** @description The position's reference, as recruiters know it. */
                        reference: string;
                        /**
                         * @description Left out: `open` for a new project; an existing one keeps its status.
                         * @enum {unknown}
                         */
                        status?: "open" | "closed";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description The ATS's own id; unique within your organisation. */
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{interviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interview with its recruiters and each invitee's answer. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    interviewId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            durationMinutes: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            endsAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitations: {
                                application: {
                                    candidate: {
                                        email: string;
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        language: string;
                                        lastName: string;
                                        mobile: string | null;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    /**
                                     * @description Status for the project.
                                     * @enum {unknown}
                                     */
                                    status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                interviewId: string;
                                language: string;
                                /**
                                 * @description The candidate's answer ("Acc. time").
                                 * @enum {unknown}
                                 */
                                responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /** @description A slot offered for booking: its offer (GET /api/booking-offers/{offerId}). */
                            offerId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            recruiters: {
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            sequence: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "scheduled" | "cancelled";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move or change an interview: answers return to awaiting, reminders move, invitees and recruiters get the update. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    interviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Local date in the organisation's zone.
                         */
                        date?: string;
                        durationMinutes?: number;
                        location?: string | null;
                        meetingUrl?: string | null;
                        /** @description Passed on to the invitees. */
                        message?: string;
                        recruiterIds?: string[];
                        time?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            durationMinutes: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            endsAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitations: {
                                application: {
                                    candidate: {
                                        email: string;
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        language: string;
                                        lastName: string;
                                        mobile: string | null;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    /**
                                     * @description Status for the project.
                                     * @enum {unknown}
                                     */
                                    status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                interviewId: string;
                                language: string;
                                /**
                                 * @description The candidate's answer ("Acc. time").
                                 * @enum {unknown}
                                 */
                                responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /** @description A slot offered for booking: its offer (GET /api/booking-offers/{offerId}). */
                            offerId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            recruiters: {
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            sequence: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "scheduled" | "cancelled";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/interviews/{interviewId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an interview: invitees and recruiters are told, with a calendar cancellation; reminders are dropped. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    interviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Passed on to the invitees. */
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            durationMinutes: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            endsAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            invitations: {
                                application: {
                                    candidate: {
                                        email: string;
                                        firstName: string;
                                        /**
                                         * Format: uuid
                                         * @description Identifier (UUID).
                                         */
                                        id: string;
                                        language: string;
                                        lastName: string;
                                        mobile: string | null;
                                    };
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    /**
                                     * @description Status for the project.
                                     * @enum {unknown}
                                     */
                                    status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                interviewId: string;
                                language: string;
                                /**
                                 * @description The candidate's answer ("Acc. time").
                                 * @enum {unknown}
                                 */
                                responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                            }[];
                            location: string | null;
                            meetingUrl: string | null;
                            /** @description A slot offered for booking: its offer (GET /api/booking-offers/{offerId}). */
                            offerId: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            projectId: string;
                            recruiters: {
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            }[];
                            sequence: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            startsAt: string;
                            /** @enum {unknown} */
                            status: "scheduled" | "cancelled";
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the candidate's answer by hand (given by phone, say): declining or withdrawing cancels the reminders. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        responseStatus: "accepted" | "declined" | "new_time_requested" | "not_relevant";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            applicationId: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            interviewId: string;
                            language: string;
                            /**
                             * @description The candidate's answer ("Acc. time").
                             * @enum {unknown}
                             */
                            responseStatus: "awaiting" | "accepted" | "declined" | "new_time_requested" | "not_relevant" | "cancelled";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user with their organisation, role and SMS access. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Which messages this server keeps for reading instead of sending. */
                            developmentTransports: {
                                /** @description The development mailbox is active (no SMTP_URL): emails are kept at /api/dev-mailbox, not sent. */
                                mailbox: boolean;
                                /** @description The development SMS box is active (no Twilio configured): text messages are kept at /api/dev-sms, not sent. */
                                sms: boolean;
                            };
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            organisation: {
                                /** @enum {unknown} */
                                defaultLanguage: "da" | "en" | "sv" | "nb";
                                defaultSenderAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                languages: ("da" | "en" | "sv" | "nb")[];
                                name: string;
                                smsEnabled: boolean;
                                /** @description IANA time zone, e.g. Europe/Copenhagen. */
                                timeZone: string;
                            };
                            /** @enum {unknown} */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders. */
                            smsAccess: boolean;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the caller's calendar feed, or replace its address (the old one stops working). Subscribe to the URL in Outlook or Google Calendar. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The feed's secret address; shown only now. */
                            url: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Revoke the caller's calendar feed: its address answers 404 from now on. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change one's own password, giving the current one; the user's other sessions end. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description At least 12 characters. */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One email or SMS with its sender and text, the confirmation link shown as {confirmlink}. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The application it concerns, if any. */
                            applicationId: string | null;
                            attempts: number;
                            /** @enum {unknown} */
                            channel: "email" | "sms";
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            dueAt: string;
                            /** @description Why the last delivery attempt failed. */
                            error: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description The interview invitation it belongs to, if any. */
                            invitationId: string | null;
                            /** @enum {unknown} */
                            kind: "interview_invitation" | "booking_invitation" | "recruiter_calendar" | "reminder" | "interview_cancellation" | "booking_confirmation" | "answer_notice" | "user_invitation" | "password_reset";
                            recipient: string;
                            /** @description The From of an email, the sender of an SMS. */
                            sender: string;
                            sentAt: string | null;
                            /** @enum {unknown} */
                            status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                            subject: string;
                            /** @description The text as sent, with the confirmation link shown as the variable {confirmlink}, never as a working link. */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{messageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed message again: due at once, with a fresh set of retries. 409 unless it failed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    messageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** @enum {unknown} */
                            channel: "email" | "sms";
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            dueAt: string;
                            /** @description Why the last delivery attempt failed. */
                            error: string | null;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description The interview invitation it belongs to, if any. */
                            invitationId: string | null;
                            /** @enum {unknown} */
                            kind: "interview_invitation" | "booking_invitation" | "recruiter_calendar" | "reminder" | "interview_cancellation" | "booking_confirmation" | "answer_notice" | "user_invitation" | "password_reset";
                            recipient: string;
                            sentAt: string | null;
                            /** @enum {unknown} */
                            status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's logo, shown at the top of its emails to candidates (administrators). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Null while the organisation has none. */
                            logo: {
                                /** @enum {unknown} */
                                mediaType: "image/png" | "image/jpeg";
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                /** @description Where anyone (an email client) fetches it: /logos/<sha256 of the bytes>.png or .jpg, so it changes with the logo. */
                                url: string;
                            } | null;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Upload the organisation's logo in place of any before it (administrators): a PNG or JPEG, at most 200 kB.
         * @description The file type is read from its first bytes: SVG and anything else is refused (400, details[0].problem not_png_or_jpeg); a larger file is 413.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            mediaType: "image/png" | "image/jpeg";
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            /** @description Where anyone (an email client) fetches it: /logos/<sha256 of the bytes>.png or .jpg, so it changes with the logo. */
                            url: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove the organisation's logo (administrators): emails are headed by its name alone again. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's settings: name, time zone, languages, default sender, SMS (administrators). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            defaultLanguage: "da" | "en" | "sv" | "nb";
                            defaultSenderAddress: string;
                            defaultSenderName: string | null;
                            languages: ("da" | "en" | "sv" | "nb")[];
                            name: string;
                            /** @description Reminders may go by SMS (to users with SMS access). */
                            smsEnabled: boolean;
                            /** @description IANA time zone, e.g. Europe/Copenhagen. */
                            timeZone: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some of the organisation's settings (administrators); the default language must be one of those offered. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        defaultLanguage?: "da" | "en" | "sv" | "nb";
                        /**
                         * Format: email
                         * @description The address invitations and reminders are sent from unless another is chosen.
                         */
                        defaultSenderAddress?: string;
                        /** @description The name beside the sender address; null (or blank) for the organisation's name. */
                        defaultSenderName?: string | null;
                        /** @description The languages candidates are written to in. */
                        languages?: ("da" | "en" | "sv" | "nb")[];
                        name?: string;
                        smsEnabled?: boolean;
                        /** @description IANA time zone, e.g. Europe/Copenhagen. */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            defaultLanguage: "da" | "en" | "sv" | "nb";
                            defaultSenderAddress: string;
                            defaultSenderName: string | null;
                            languages: ("da" | "en" | "sv" | "nb")[];
                            name: string;
                            /** @description Reminders may go by SMS (to users with SMS access). */
                            smsEnabled: boolean;
                            /** @description IANA time zone, e.g. Europe/Copenhagen. */
                            timeZone: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recruitment overview: every project with its applications counted per status. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicationCounts: {
                                    hired: number;
                                    in_review: number;
                                    interviewed: number;
                                    invited_to_interview: number;
                                    offer: number;
                                    received: number;
                                    rejected: number;
                                    total: number;
                                    withdrawn: number;
                                };
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                owner: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    name: string;
                                };
                                reference: string;
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** New project: an open recruitment project with a title, a reference and an owner. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description A user of the organisation: the recruiter responsible (when a project is created without one, the caller).
                         */
                        ownerId?: string;
                        /** @description The organisation's own reference; may be empty. */
                        reference?: string;
                        /** @description The position being filled. */
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recruitment project. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a project's title, reference or owner; a field left out keeps its value. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description A user of the organisation: the recruiter responsible (when a project is created without one, the caller).
                         */
                        ownerId?: string;
                        /** @description The organisation's own reference; may be empty. */
                        reference?: string;
                        /** @description The position being filled. */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{projectId}/applicant-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV file of applicants into an open project in one transaction: rows without errors become received applications, rows with errors are reported and not imported. */
        post: {
            parameters: {
                query?: {
                    /** @description The preview's planId: the import is refused (409) if the file would now be imported otherwise. */
                    planId?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                already_in_project: number;
                                error: number;
                                existing_candidate: number;
                                new_candidate: number;
                            };
                            /** @description Headings of columns Samtale does not read. */
                            ignoredColumns: string[];
                            /** @description Applications made. */
                            imported: number;
                            planId: string;
                            rows: {
                                /** @description The candidate reused, for a known email. */
                                candidateId: string | null;
                                /** @enum {unknown} */
                                outcome: "new_candidate" | "existing_candidate" | "already_in_project" | "error";
                                problems: {
                                    /** @enum {unknown} */
                                    field: "firstName" | "lastName" | "email" | "mobile" | "language";
                                    /** @enum {unknown} */
                                    problem: "missing" | "invalid" | "too_long" | "not_mobile" | "unknown" | "repeated";
                                }[];
                                /** @description As the spreadsheet numbers it: the header is row 1. */
                                rowNumber: number;
                                /** @description The cells as written. */
                                values: {
                                    email: string;
                                    firstName: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/applicant-import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing a CSV file of applicants into an open project would do, row by row; changes nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                already_in_project: number;
                                error: number;
                                existing_candidate: number;
                                new_candidate: number;
                            };
                            /** @description Headings of columns Samtale does not read. */
                            ignoredColumns: string[];
                            planId: string;
                            rows: {
                                /** @description The candidate reused, for a known email. */
                                candidateId: string | null;
                                /** @enum {unknown} */
                                outcome: "new_candidate" | "existing_candidate" | "already_in_project" | "error";
                                problems: {
                                    /** @enum {unknown} */
                                    field: "firstName" | "lastName" | "email" | "mobile" | "language";
                                    /** @enum {unknown} */
                                    problem: "missing" | "invalid" | "too_long" | "not_mobile" | "unknown" | "repeated";
                                }[];
                                /** @description As the spreadsheet numbers it: the header is row 1. */
                                rowNumber: number;
                                /** @description The cells as written. */
                                values: {
                                    email: string;
                                    firstName: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All applications of a project, with the candidates' contact details and language. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description Words to find in name, email or mobile. */
                    q?: string;
                    /** @description A field, prefixed with "-" for descending order. */
                    sort?: "name" | "-name" | "status" | "-status" | "submittedAt" | "-submittedAt";
                    /** @description Only these statuses; repeat to give several. */
                    status?: ("received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn")[];
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                submittedAt: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Applications matching the filters, on all pages. */
                            total: number;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add applicant: a candidate as a received application of an open project. An email the organisation knows reuses that candidate; one already in the project is 409. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        firstName: string;
                        /** @description da, en, sv or nb (or the language's name); the organisation's default when left out. */
                        language?: string;
                        lastName: string;
                        /** @description Any common form; read as Danish without a country code, stored in E.164. */
                        mobile?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                status: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                submittedAt: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                updatedAt: string;
                            };
                            /**
                             * @description Whether a candidate was made, or the one of the organisation with this email reused as stored.
                             * @enum {unknown}
                             */
                            candidateOutcome: "new_candidate" | "existing_candidate";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/booking-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's offers of times, newest first, with slots and bookings counted. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            offers: {
                                awaiting: number;
                                booked: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                deadlineAt: string;
                                durationMinutes: number;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                invitees: number;
                                seats: number;
                                slotCount: number;
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                /** @enum {unknown} */
                                type: "phone" | "in_person" | "group" | "video";
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Offer times to applicants: the slots, an invitation to book per applicant, and their emails with the link to book, in one transaction. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Offer although candidates lack a mobile number for an SMS reminder. */
                        acknowledgeWarnings?: boolean;
                        applicationIds: string[];
                        email: {
                            /**
                             * @description The email carries the link to book, so an offer always sends one.
                             * @enum {string}
                             */
                            action: "send_email";
                            /** Format: email */
                            from?: string;
                            /** @description Left out: ticked unless every variant used holds {confirmlink}. */
                            includeConfirmLink?: boolean;
                            /** @description Subject and body per language; each candidate gets their language, or the organisation default. */
                            variants?: {
                                da?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                en?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                nb?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                sv?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                            };
                        };
                        offer: {
                            /** @description Between one slot and the next in a window. */
                            breakMinutes?: number;
                            /** @description Until when candidates book; left out, 24 hours before the first slot. */
                            deadline?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                time: string;
                            };
                            /** @description The length of each slot. */
                            durationMinutes: number;
                            location?: string;
                            /** @description Needed for video. */
                            meetingUrl?: string;
                            recruiterIds: string[];
                            /** @description More than 1 only for a group interview. */
                            seatsPerSlot?: number;
                            /** @description Slots picked one by one, each lasting the slot length. */
                            slots?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                time: string;
                            }[];
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                            /** @description Stretches of a day filled with slots back to back. */
                            windows?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                from: string;
                                /** @description Local time, HH:MM. */
                                to: string;
                            }[];
                        };
                        reminder?: {
                            /**
                             * @description SMS channels need SMS enabled and the user's SMS access.
                             * @enum {unknown}
                             */
                            channel: "none" | "email" | "sms" | "sms_email";
                            /**
                             * @description Calendar days before; sent at 09:00 local time.
                             * @enum {unknown}
                             */
                            daysBefore: 1 | 2 | 3 | 5 | 7;
                            email?: {
                                /** @description Subject, body and signature per language. */
                                variants: {
                                    da?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    en?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    nb?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    sv?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                };
                            };
                            sms?: {
                                /** @description Text per language. */
                                variants: {
                                    da?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    en?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    nb?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    sv?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingInvitations: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /** @description The candidate's own link to book. */
                                bookingUrl: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            deadlineAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            offerId: string;
                            slots: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                seats: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                            }[];
                            warnings: {
                                applicationId?: string;
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview ends.
                                 */
                                endsAt?: string;
                                message: string;
                                /** @description recruiter_busy: the other one is a time they offered for booking that nobody has booked yet. */
                                offered?: boolean;
                                recruiterId?: string;
                                /** @description recruiter_busy: who is busy. */
                                recruiterName?: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview starts.
                                 */
                                startsAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/booking-offers/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the slots an offer would hold, its deadline, and the email each applicant would get. Stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Offer although candidates lack a mobile number for an SMS reminder. */
                        acknowledgeWarnings?: boolean;
                        applicationIds: string[];
                        email: {
                            /**
                             * @description The email carries the link to book, so an offer always sends one.
                             * @enum {string}
                             */
                            action: "send_email";
                            /** Format: email */
                            from?: string;
                            /** @description Left out: ticked unless every variant used holds {confirmlink}. */
                            includeConfirmLink?: boolean;
                            /** @description Subject and body per language; each candidate gets their language, or the organisation default. */
                            variants?: {
                                da?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                en?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                nb?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                sv?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                            };
                        };
                        offer: {
                            /** @description Between one slot and the next in a window. */
                            breakMinutes?: number;
                            /** @description Until when candidates book; left out, 24 hours before the first slot. */
                            deadline?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                time: string;
                            };
                            /** @description The length of each slot. */
                            durationMinutes: number;
                            location?: string;
                            /** @description Needed for video. */
                            meetingUrl?: string;
                            recruiterIds: string[];
                            /** @description More than 1 only for a group interview. */
                            seatsPerSlot?: number;
                            /** @description Slots picked one by one, each lasting the slot length. */
                            slots?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                time: string;
                            }[];
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                            /** @description Stretches of a day filled with slots back to back. */
                            windows?: {
                                /**
                                 * Format: date
                                 * @description Local date in the organisation's zone, YYYY-MM-DD.
                                 */
                                date: string;
                                /** @description Local time, HH:MM. */
                                from: string;
                                /** @description Local time, HH:MM. */
                                to: string;
                            }[];
                        };
                        reminder?: {
                            /**
                             * @description SMS channels need SMS enabled and the user's SMS access.
                             * @enum {unknown}
                             */
                            channel: "none" | "email" | "sms" | "sms_email";
                            /**
                             * @description Calendar days before; sent at 09:00 local time.
                             * @enum {unknown}
                             */
                            daysBefore: 1 | 2 | 3 | 5 | 7;
                            email?: {
                                /** @description Subject, body and signature per language. */
                                variants: {
                                    da?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    en?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    nb?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    sv?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                };
                            };
                            sms?: {
                                /** @description Text per language. */
                                variants: {
                                    da?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    en?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    nb?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    sv?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmLink: {
                                default: boolean;
                                included: boolean;
                            };
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            deadlineAt: string;
                            recipients: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                applicationStatus: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                email: {
                                    html: string;
                                    subject: string;
                                    text: string;
                                };
                                /** @description The variant this candidate gets. */
                                language: string;
                            }[];
                            slots: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                seats: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                            }[];
                            warnings: {
                                applicationId?: string;
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview ends.
                                 */
                                endsAt?: string;
                                message: string;
                                /** @description recruiter_busy: the other one is a time they offered for booking that nobody has booked yet. */
                                offered?: boolean;
                                recruiterId?: string;
                                /** @description recruiter_busy: who is busy. */
                                recruiterName?: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview starts.
                                 */
                                startsAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a project: it stays in the overview, and no applicants can be added to it until it is reopened. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/interview-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite applicants to interview: creates interviews and invitations and queues the emails, in one transaction. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Send although candidates lack a mobile number for an SMS reminder. */
                        acknowledgeWarnings?: boolean;
                        /** @description The applications to invite, in the order their slots are given. */
                        applicationIds: string[];
                        email: {
                            /** @enum {unknown} */
                            action: "send_email" | "no_email";
                            /** Format: email */
                            from?: string;
                            /** @description Left out: the default of the source document (ticked unless every variant used holds {confirmlink}). */
                            includeConfirmLink?: boolean;
                            /** @description Subject and body per language; each candidate gets their language, or the organisation default. */
                            variants?: {
                                da?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                en?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                nb?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                sv?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                            };
                        };
                        interview: {
                            /** @description Between back-to-back slots. */
                            breakMinutes?: number;
                            /**
                             * Format: date
                             * @description Local date in the organisation's zone, YYYY-MM-DD.
                             */
                            date: string;
                            durationMinutes: number;
                            location?: string;
                            /** @description Needed for video. */
                            meetingUrl?: string;
                            recruiterIds: string[];
                            /** @description Local time, HH:MM. */
                            time: string;
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                        reminder?: {
                            /**
                             * @description SMS channels need SMS enabled and the user's SMS access.
                             * @enum {unknown}
                             */
                            channel: "none" | "email" | "sms" | "sms_email";
                            /**
                             * @description Calendar days before; sent at 09:00 local time.
                             * @enum {unknown}
                             */
                            daysBefore: 1 | 2 | 3 | 5 | 7;
                            email?: {
                                /** @description Subject, body and signature per language. */
                                variants: {
                                    da?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    en?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    nb?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    sv?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                };
                            };
                            sms?: {
                                /** @description Text per language. */
                                variants: {
                                    da?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    en?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    nb?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    sv?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            interviewIds: string[];
                            invitations: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /** @description The candidate's own link to answer. */
                                confirmUrl: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                interviewId: string;
                                reminder: {
                                    channels?: ("email" | "sms")[];
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    dueAt?: string;
                                    /**
                                     * @description skipped_too_late: 09:00 on that day has passed.
                                     * @enum {unknown}
                                     */
                                    status: "none" | "scheduled" | "skipped_too_late";
                                };
                                /** @enum {unknown} */
                                responseStatus: "awaiting";
                            }[];
                            warnings: {
                                applicationId?: string;
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview ends.
                                 */
                                endsAt?: string;
                                message: string;
                                /** @description recruiter_busy: the other one is a time they offered for booking that nobody has booked yet. */
                                offered?: boolean;
                                recruiterId?: string;
                                /** @description recruiter_busy: who is busy. */
                                recruiterName?: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview starts.
                                 */
                                startsAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/interview-invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show what each applicant would receive: rendered email, slot, confirm-link default, warnings. Stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Send although candidates lack a mobile number for an SMS reminder. */
                        acknowledgeWarnings?: boolean;
                        /** @description The applications to invite, in the order their slots are given. */
                        applicationIds: string[];
                        email: {
                            /** @enum {unknown} */
                            action: "send_email" | "no_email";
                            /** Format: email */
                            from?: string;
                            /** @description Left out: the default of the source document (ticked unless every variant used holds {confirmlink}). */
                            includeConfirmLink?: boolean;
                            /** @description Subject and body per language; each candidate gets their language, or the organisation default. */
                            variants?: {
                                da?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                en?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                nb?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                                sv?: {
                                    /** @description Plain text with variables such as {firstname} and {confirmlink}. */
                                    body: string;
                                    subject: string;
                                };
                            };
                        };
                        interview: {
                            /** @description Between back-to-back slots. */
                            breakMinutes?: number;
                            /**
                             * Format: date
                             * @description Local date in the organisation's zone, YYYY-MM-DD.
                             */
                            date: string;
                            durationMinutes: number;
                            location?: string;
                            /** @description Needed for video. */
                            meetingUrl?: string;
                            recruiterIds: string[];
                            /** @description Local time, HH:MM. */
                            time: string;
                            /** @enum {unknown} */
                            type: "phone" | "in_person" | "group" | "video";
                        };
                        reminder?: {
                            /**
                             * @description SMS channels need SMS enabled and the user's SMS access.
                             * @enum {unknown}
                             */
                            channel: "none" | "email" | "sms" | "sms_email";
                            /**
                             * @description Calendar days before; sent at 09:00 local time.
                             * @enum {unknown}
                             */
                            daysBefore: 1 | 2 | 3 | 5 | 7;
                            email?: {
                                /** @description Subject, body and signature per language. */
                                variants: {
                                    da?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    en?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    nb?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                    sv?: {
                                        body: string;
                                        signature: string;
                                        subject: string;
                                    };
                                };
                            };
                            sms?: {
                                /** @description Text per language. */
                                variants: {
                                    da?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    en?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    nb?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                    sv?: {
                                        /** @description At most 6 SMS segments once rendered. */
                                        text: string;
                                    };
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmLink: {
                                /** @description Whether "include a link" starts ticked for these variants. */
                                default: boolean;
                                /** @description Whether the link is appended where a variant lacks {confirmlink}. */
                                included: boolean;
                            };
                            interviews: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                endsAt: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                startsAt: string;
                            }[];
                            recipients: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                applicationId: string;
                                /**
                                 * @description Status for the project.
                                 * @enum {unknown}
                                 */
                                applicationStatus: "received" | "in_review" | "invited_to_interview" | "interviewed" | "offer" | "hired" | "rejected" | "withdrawn";
                                candidate: {
                                    email: string;
                                    firstName: string;
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    language: string;
                                    lastName: string;
                                    mobile: string | null;
                                };
                                email: {
                                    html: string;
                                    subject: string;
                                    text: string;
                                } | null;
                                /** @description The variant this candidate gets. */
                                language: string;
                                reminder: {
                                    channels?: ("email" | "sms")[];
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    dueAt?: string;
                                    email?: {
                                        html: string;
                                        subject: string;
                                        text: string;
                                    } | null;
                                    sms?: {
                                        /** @enum {unknown} */
                                        encoding: "GSM-7" | "UCS-2";
                                        segments: number;
                                        text: string;
                                    } | null;
                                    /**
                                     * @description skipped_too_late: 09:00 on that day has passed.
                                     * @enum {unknown}
                                     */
                                    status: "none" | "scheduled" | "skipped_too_late";
                                };
                                slot: {
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    endsAt: string;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    startsAt: string;
                                };
                            }[];
                            warnings: {
                                applicationId?: string;
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview ends.
                                 */
                                endsAt?: string;
                                message: string;
                                /** @description recruiter_busy: the other one is a time they offered for booking that nobody has booked yet. */
                                offered?: boolean;
                                recruiterId?: string;
                                /** @description recruiter_busy: who is busy. */
                                recruiterName?: string;
                                /**
                                 * Format: date-time
                                 * @description recruiter_busy: when their other interview starts.
                                 */
                                startsAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed project. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            owner: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            reference: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's recruiters and administrators, by name: who can take part in an interview. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                                /** @enum {unknown} */
                                role: "admin" | "recruiter";
                                /** @description May send SMS reminders. */
                                smsAccess: boolean;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this server still waits for its first-run setup. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description True while no organisation exists: the server waits for its first-run setup. */
                            needed: boolean;
                            /** @description The setup asks for the token the server printed at start. */
                            tokenRequired: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the organisation and its first administrator, and sign the administrator in. Only while no organisation exists. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        adminEmail: string;
                        adminName: string;
                        /** @enum {unknown} */
                        language: "da" | "en" | "sv" | "nb";
                        organisationName: string;
                        password: string;
                        /** @description The token the server printed at start; required unless REQUIRE_SETUP_TOKEN=false. */
                        setupToken?: string;
                        /** @description IANA time zone, e.g. Europe/Copenhagen. */
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Which messages this server keeps for reading instead of sending. */
                            developmentTransports: {
                                /** @description The development mailbox is active (no SMTP_URL): emails are kept at /api/dev-mailbox, not sent. */
                                mailbox: boolean;
                                /** @description The development SMS box is active (no Twilio configured): text messages are kept at /api/dev-sms, not sent. */
                                sms: boolean;
                            };
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            organisation: {
                                /** @enum {unknown} */
                                defaultLanguage: "da" | "en" | "sv" | "nb";
                                defaultSenderAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                languages: ("da" | "en" | "sv" | "nb")[];
                                name: string;
                                smsEnabled: boolean;
                                /** @description IANA time zone, e.g. Europe/Copenhagen. */
                                timeZone: string;
                            };
                            /** @enum {unknown} */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders. */
                            smsAccess: boolean;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/booking-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's invitation-to-book email templates, one per enabled language, to pre-fill the invitation page. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** @description False while Samtale's shipped wording is used. */
                                customised: boolean;
                                /** @enum {unknown} */
                                language: "da" | "en" | "sv" | "nb";
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/booking-invitation/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the organisation's invitation-to-book email template for one language (administrators). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Reset the organisation's invitation-to-book email template for one language to Samtale's wording (administrators). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/booking-invitation/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The invitation-to-book email as a sample candidate would get it, written as given; stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The sample candidate. */
                            candidate: {
                                email: string;
                                mobile: string;
                                name: string;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            /** @description Emails only: the HTML part, every value escaped. */
                            html?: string;
                            sms?: {
                                encoding: "GSM-7" | "UCS-2";
                                segments: number;
                            };
                            /** @description Emails only. */
                            subject?: string;
                            /** @description The email's plain-text part, or the SMS. */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/interview-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's interview-invitation email templates, one per enabled language, to pre-fill the invitation page. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** @description False while Samtale's shipped wording is used. */
                                customised: boolean;
                                /** @enum {unknown} */
                                language: "da" | "en" | "sv" | "nb";
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/interview-invitation/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the organisation's interview-invitation email template for one language (administrators). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Reset the organisation's interview-invitation email template for one language to Samtale's wording (administrators). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/interview-invitation/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The interview-invitation email as a sample candidate would get it, written as given; stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The sample candidate. */
                            candidate: {
                                email: string;
                                mobile: string;
                                name: string;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            /** @description Emails only: the HTML part, every value escaped. */
                            html?: string;
                            sms?: {
                                encoding: "GSM-7" | "UCS-2";
                                segments: number;
                            };
                            /** @description Emails only. */
                            subject?: string;
                            /** @description The email's plain-text part, or the SMS. */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's reminder email templates, one per enabled language, to pre-fill the invitation page. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                /** @description False while Samtale's shipped wording is used. */
                                customised: boolean;
                                /** @enum {unknown} */
                                language: "da" | "en" | "sv" | "nb";
                                signature: string;
                                subject: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-email/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the organisation's reminder email template for one language (administrators). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        signature: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            signature: string;
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Reset the organisation's reminder email template for one language to Samtale's wording (administrators). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            signature: string;
                            subject: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-email/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reminder email as a sample candidate would get it, written as given; stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        signature: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The sample candidate. */
                            candidate: {
                                email: string;
                                mobile: string;
                                name: string;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            /** @description Emails only: the HTML part, every value escaped. */
                            html?: string;
                            sms?: {
                                encoding: "GSM-7" | "UCS-2";
                                segments: number;
                            };
                            /** @description Emails only. */
                            subject?: string;
                            /** @description The email's plain-text part, or the SMS. */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's reminder SMS templates, one per enabled language, to pre-fill the invitation page. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description False while Samtale's shipped wording is used. */
                                customised: boolean;
                                /** @enum {unknown} */
                                language: "da" | "en" | "sv" | "nb";
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-sms/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the organisation's reminder SMS template for one language (administrators). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Reset the organisation's reminder SMS template for one language to Samtale's wording (administrators). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False while Samtale's shipped wording is used. */
                            customised: boolean;
                            /** @enum {unknown} */
                            language: "da" | "en" | "sv" | "nb";
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates/reminder-sms/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reminder SMS as a sample candidate would get it, written as given; stores nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "da" | "en" | "sv" | "nb";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The sample candidate. */
                            candidate: {
                                email: string;
                                mobile: string;
                                name: string;
                            };
                            from: {
                                address: string;
                                name: string;
                            };
                            /** @description Emails only: the HTML part, every value escaped. */
                            html?: string;
                            sms?: {
                                encoding: "GSM-7" | "UCS-2";
                                segments: number;
                            };
                            /** @description Emails only. */
                            subject?: string;
                            /** @description The email's plain-text part, or the SMS. */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's users with role, SMS access and status, by name (administrators only). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: string;
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                                /**
                                 * @description An administrator also manages the users and the organisation’s settings.
                                 * @enum {unknown}
                                 */
                                role: "admin" | "recruiter";
                                /** @description May send SMS reminders (the source’s per-user permission). */
                                smsAccess: boolean;
                                /**
                                 * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                                 * @enum {unknown}
                                 */
                                status: "invited" | "active" | "deactivated";
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Invite a user: they are emailed a one-time link to choose a password, valid 72 hours (administrators only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /**
                         * @description An administrator also manages the users and the organisation’s settings.
                         * @enum {unknown}
                         */
                        role: "admin" | "recruiter";
                        /** @description May send SMS reminders (the source’s per-user permission). */
                        smsAccess: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * @description An administrator also manages the users and the organisation’s settings.
                             * @enum {unknown}
                             */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders (the source’s per-user permission). */
                            smsAccess: boolean;
                            /**
                             * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                             * @enum {unknown}
                             */
                            status: "invited" | "active" | "deactivated";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role or SMS access; the last active administrator stays one (administrators only). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description An administrator also manages the users and the organisation’s settings.
                         * @enum {unknown}
                         */
                        role?: "admin" | "recruiter";
                        /** @description May send SMS reminders (the source’s per-user permission). */
                        smsAccess?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * @description An administrator also manages the users and the organisation’s settings.
                             * @enum {unknown}
                             */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders (the source’s per-user permission). */
                            smsAccess: boolean;
                            /**
                             * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                             * @enum {unknown}
                             */
                            status: "invited" | "active" | "deactivated";
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user: their sessions end at once and they cannot sign in; the history keeps their name (administrators only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * @description An administrator also manages the users and the organisation’s settings.
                             * @enum {unknown}
                             */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders (the source’s per-user permission). */
                            smsAccess: boolean;
                            /**
                             * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                             * @enum {unknown}
                             */
                            status: "invited" | "active" | "deactivated";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an invited user a fresh link to choose a password (valid 72 hours); the earlier link stops working (administrators only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * @description An administrator also manages the users and the organisation’s settings.
                             * @enum {unknown}
                             */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders (the source’s per-user permission). */
                            smsAccess: boolean;
                            /**
                             * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                             * @enum {unknown}
                             */
                            status: "invited" | "active" | "deactivated";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated user sign in again (administrators only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            name: string;
                            /**
                             * @description An administrator also manages the users and the organisation’s settings.
                             * @enum {unknown}
                             */
                            role: "admin" | "recruiter";
                            /** @description May send SMS reminders (the source’s per-user permission). */
                            smsAccess: boolean;
                            /**
                             * @description `invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.
                             * @enum {unknown}
                             */
                            status: "invited" | "active" | "deactivated";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's webhook endpoints with their latest deliveries (administrators). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first. */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /** @description The administrator who added it. */
                                createdBy: {
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    name: string;
                                };
                                events: ("invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed")[];
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /** @description Its latest 10 deliveries, newest first. */
                                recentDeliveries: {
                                    attempts: number;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    createdAt: string;
                                    /** @description Why the last try failed: the status the endpoint answered, or that it could not be reached. */
                                    error: string | null;
                                    /** @enum {unknown} */
                                    eventType: "invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed";
                                    /**
                                     * Format: uuid
                                     * @description Identifier (UUID).
                                     */
                                    id: string;
                                    /**
                                     * Format: date-time
                                     * @description UTC instant, ISO 8601.
                                     */
                                    nextAttemptAt: string;
                                    sentAt: string | null;
                                    /**
                                     * @description `sent`: the endpoint answered 2xx. `queued` after a failed try: waiting for the next (30 s, 2 min, 8 min, 32 min, 2 h). `failed`: six tries failed, or the host name led to a private or local network (not tried again); an administrator may send it again.
                                     * @enum {unknown}
                                     */
                                    status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                                }[];
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a webhook endpoint (administrators). Its signing secret is in this response only.
         * @description Each event is posted as JSON with a `Samtale-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` header; see the README.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The event types it is sent. */
                        events: ("invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed")[];
                        /** @description An https:// address; Samtale posts each event there as JSON. */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description The administrator who added it. */
                            createdBy: {
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                name: string;
                            };
                            events: ("invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed")[];
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /** @description Its latest 10 deliveries, newest first. */
                            recentDeliveries: {
                                attempts: number;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                createdAt: string;
                                /** @description Why the last try failed: the status the endpoint answered, or that it could not be reached. */
                                error: string | null;
                                /** @enum {unknown} */
                                eventType: "invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed";
                                /**
                                 * Format: uuid
                                 * @description Identifier (UUID).
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description UTC instant, ISO 8601.
                                 */
                                nextAttemptAt: string;
                                sentAt: string | null;
                                /**
                                 * @description `sent`: the endpoint answered 2xx. `queued` after a failed try: waiting for the next (30 s, 2 min, 8 min, 32 min, 2 h). `failed`: six tries failed, or the host name led to a private or local network (not tried again); an administrator may send it again.
                                 * @enum {unknown}
                                 */
                                status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                            }[];
                            /** @description The secret to verify the `Samtale-Signature` header with. Shown only this once: Samtale derives it when signing and never stores it. */
                            signingSecret: string;
                            url: string;
                        };
                    };
                };
                /** @description Every error has this shape. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint (administrators): nothing more is posted to it, including what was waiting. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed delivery again (administrators): due at once, with a fresh set of tries. 409 unless it failed.
         * @description The same body and `Samtale-Event-Id` as before, signed anew. 404 for a delivery to another endpoint, or to one removed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            createdAt: string;
                            /** @description Why the last try failed: the status the endpoint answered, or that it could not be reached. */
                            error: string | null;
                            /** @enum {unknown} */
                            eventType: "invitation.sent" | "invitation.answered" | "interview.moved" | "interview.cancelled" | "reminder.sent" | "reminder.failed";
                            /**
                             * Format: uuid
                             * @description Identifier (UUID).
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description UTC instant, ISO 8601.
                             */
                            nextAttemptAt: string;
                            sentAt: string | null;
                            /**
                             * @description `sent`: the endpoint answered 2xx. `queued` after a failed try: waiting for the next (30 s, 2 min, 8 min, 32 min, 2 h). `failed`: six tries failed, or the host name led to a private or local network (not tried again); an administrator may send it again.
                             * @enum {unknown}
                             */
                            status: "queued" | "sending" | "sent" | "failed" | "cancelled";
                        };
                    };
                };
                /** @description Every error has this shape. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every error has this shape. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logos/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's logo by the address its emails use (no session). The address changes with the logo, so it is cached for a year. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The file name from the logo’s url: <sha256>.png or <sha256>.jpg. */
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image, PNG or JPEG. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": unknown;
                        "image/png": unknown;
                    };
                };
                /** @description Every error has this shape. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error has this shape. */
        Error: {
            error: {
                /** @description Stable, machine-readable reason. */
                code: string;
                details?: unknown;
                /** @description A sentence for people. */
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

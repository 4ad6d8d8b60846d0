import type { components } from "./generated/premiums.js";

type Schemas = components["schemas"];

// One named type per schema of the contract. The three whose names collide with the runtime's error
// classes carry a `Body` suffix: `UnauthorizedError` etc. stay the classes you catch.

/** Body of `POST /v2/seance` (execute) and `POST /v2/seance/cancel`. */
export type Seance = Schemas["Seance"];
/** Body of `PATCH /v2/seance/{seance_uid}`. */
export type SeanceUpdate = Schemas["SeanceUpdate"];
/** Body of `POST /v2/seance/period/simulate-closed`. */
export type SeanceSimulatePeriodClosed = Schemas["SeanceSimulatePeriodClosed"];
/** A seance period (`period_start`, `period_end`), echoed by the period-close answers. */
export type SeancePeriodClosed = Schemas["SeancePeriodClosed"];
/** Body of `PATCH /v2/company/{company_uid}`. */
export type CompanyUpdate = Schemas["CompanyUpdate"];
/** One company row of the company imports (JSON item or CSV row). */
export type CompanyImportCsvFormat = Schemas["CompanyImportCsvFormat"];
/** One trainee row of the trainee imports (JSON item or CSV row). */
export type TraineeImportCsvFormat = Schemas["TraineeImportCsvFormat"];

/** One premium a seance was matched against (an item of `SimulateResponse.data.premiums`). */
export type Premium = Schemas["Premium"];
/** Outcome code in `data.status_details` (known values, open to others). */
export type StatusDetails = Schemas["StatusDetails"];
/** 200 of execute. */
export type SimulateResponse = Schemas["SimulateResponse"];
/** Generic success body (trainee imports). */
export type Success = Schemas["Success"];
/** 200 of cancel. */
export type SeanceCancelSuccess = Schemas["SeanceCancelSuccess"];
/** 200 of update when the seance is (re)confirmed. */
export type SeanceConfirmSuccess = Schemas["SeanceConfirmSuccess"];
/** 200 of update when the seance is confirmed as paid. */
export type SeancePaidConfirmSuccess = Schemas["SeancePaidConfirmSuccess"];
/** Answer of a period close. */
export type SeancePeriodClosedSuccess = Schemas["SeancePeriodClosedSuccess"];
/** 200 of simulate-closed. */
export type SeanceSimulatePeriodClosedSuccess = Schemas["SeanceSimulatePeriodClosedSuccess"];
/** 200 of the company imports. */
export type CompanyResponse = Schemas["CompanyResponse"];
/** 200 of company update. */
export type CompanyUpdateSuccess = Schemas["CompanyUpdateSuccess"];

/** 400 body: the request as a whole is unusable. */
export type BadRequestErrorBody = Schemas["BadRequestError"];
/** 401 body. */
export type UnauthorizedErrorBody = Schemas["UnauthorizedError"];
/** 404 body. */
export type NotFoundErrorBody = Schemas["NotFoundError"];
/** 500 body. */
export type InternalError = Schemas["InternalError"];
/** 429 body of execute. */
export type TooManyRequestsMessagesError = Schemas["TooManyRequestsMessagesError"];
/** 400 body listing messages by field (imports). */
export type BadRequestWithMessagesError = Schemas["BadRequestWithMessagesError"];
/** 400 body of execute. */
export type BadRequestWithSessionInformationError = Schemas["BadRequestWithSessionInformationError"];
/** 400 body of cancel. */
export type BadRequestWithSeanceCancelMessagesError = Schemas["BadRequestWithSeanceCancelMessagesError"];
/** 400 body of update (confirm). */
export type BadRequestWithSeanceConfirmMessagesError = Schemas["BadRequestWithSeanceConfirmMessagesError"];
/** 400 body of update (paid confirm). */
export type BadRequestWithSeancePaidConfirmMessagesError = Schemas["BadRequestWithSeancePaidConfirmMessagesError"];
/** 400 body of a period close. */
export type BadRequestWithSeancePeriodClosedMessagesError = Schemas["BadRequestWithSeancePeriodClosedMessagesError"];
/** 400 body of simulate-closed. */
export type BadRequestWithSeanceSimulatePeriodClosedMessagesError =
  Schemas["BadRequestWithSeanceSimulatePeriodClosedMessagesError"];
/** 400 body of company update. */
export type BadRequestWithCompanyUpdateMessagesError = Schemas["BadRequestWithCompanyUpdateMessagesError"];

/** Form body of `POST /oauth2/token` (the client sends it for you). */
export type OAuth2TokenRequest = Schemas["OAuth2TokenRequest"];
/** Token response of `POST /oauth2/token`. */
export type OAuth2Token = Schemas["OAuth2Token"];
/** Error body of `POST /oauth2/token`. */
export type OAuth2Error = Schemas["OAuth2Error"];

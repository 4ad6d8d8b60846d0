// A small `paths` type shaped like openapi-typescript 7 output, so the tests exercise the typed API.
export interface ErrorBody {
  object: "error";
  status: number;
  type: string;
  msg: string;
}

export interface Item {
  id: string;
  name: string;
}

export interface paths {
  "/items/{item_id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { expand?: string }; header?: never; path: { item_id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": Item } };
        404: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
      };
    };
    put: {
      parameters: { query?: never; header?: never; path: { item_id: string }; cookie?: never };
      requestBody: { content: { "application/json": Item } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": Item } };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/seance": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { company_id: string; hours: number } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": { id: string } } };
        503: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/status/{code}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { password?: string; token?: string };
        header?: never;
        path: { code: number };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": { ok: boolean } } };
        default: { headers: { [name: string]: unknown }; content: { "application/json": ErrorBody } };
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
  "/slow": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": unknown } } };
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

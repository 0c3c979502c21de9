/** The maintenance benchmark (backlog pages, full-text search, KPI refresh under RLS) and its scale generator. */
package io.plantdesk.maintenance.bench;

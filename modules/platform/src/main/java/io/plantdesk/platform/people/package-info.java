/** People of a plant and their own login roles (records, DAO, service). */
package io.plantdesk.platform.people;

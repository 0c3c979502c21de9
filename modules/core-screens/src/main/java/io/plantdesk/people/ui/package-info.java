/** The People screen: view model and views (no database types). */
package io.plantdesk.people.ui;

/** The floor's set-up screen: lines with their machines, and operators (supervisors, planners, admins). */
package io.plantdesk.sewing.ui.setup;

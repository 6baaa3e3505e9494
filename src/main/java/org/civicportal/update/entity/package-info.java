/** The monthly update and its items as stored (V16). */
package org.civicportal.update.entity;

/**
 * Text people type, made safe to store and show: Unicode NFC, no invisible controls that reorder or hide text,
 * one line where one line is meant, and limits that refuse with a word instead of cutting.
 */
package org.civicportal.platform.text;

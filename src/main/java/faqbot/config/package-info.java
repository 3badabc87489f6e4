/** Start-up configuration: one optional JSON file plus environment overrides, validated before the bot starts. */
package faqbot.config;

/** Running as a service: metrics and health over HTTP, log level and format, and the token kept out of every log line. */
package faqbot.ops;
